/// \file
/// Large one-byte strings handed to V8 without a copy: *external strings*.
/// (Node: the ExternString classes of src/string_bytes.cc.)
///
/// A string V8 makes itself lives in V8's heap, so turning bytes into one
/// means writing the characters somewhere and then V8 copying them in. For a
/// few kilobytes the copy is nothing. For a megabyte it is the larger cost:
/// V8 puts such a string in its large-object space, a fresh mapping of its
/// own, and the copy touches every page of it for the first time (a page
/// fault each), and does so again for every new string.
///
/// An external string has its characters *outside* V8's heap: V8 keeps only a
/// small object pointing at a *resource*, an object of ours that says where
/// the characters are and how many. When the string dies, a garbage
/// collection calls the resource's Dispose(), and ours frees the memory.
/// That makes the result's bytes the very buffer the encoder wrote into.
///
/// The catch is that V8 does not see the memory. Left alone, it would count
/// each dead megabyte string as the 40 bytes of its heap object, see no
/// reason to collect, and let freed-never-reclaimed buffers pile up. So the
/// resource reports its size with Isolate::AdjustAmountOfExternalAllocatedMemory
/// when it is made and takes it back when it is freed, as Node does: past a
/// limit (64 MiB to begin with) V8 starts collecting because of "external
/// memory pressure". This V8 finishes such a collection only from a task or
/// as JavaScript allocates, so for a loop that does neither this file also
/// asks for one itself every 64 MiB (external_string.cc says more).
///
///     chars = malloc(n); encode into chars
///     NewExternalOneByte(isolate, chars, n)  --> String --> [resource: chars, n]
///          +n external bytes                           |
///                              ... the string dies, a GC runs ...
///                                    resource->Dispose(): free(chars), -n
#pragma once

#include <v8.h>

#include <cstddef>

namespace pool {

/// The string of the `size` Latin-1 characters at `chars`, which must come
/// from malloc() and which the string then owns: they are freed when V8
/// collects it (or at once if no string can be made: empty when `size` is
/// over v8::String::kMaxLength).
v8::MaybeLocal<v8::String> NewExternalOneByte(v8::Isolate* isolate, char* chars, size_t size);

}  // namespace pool
