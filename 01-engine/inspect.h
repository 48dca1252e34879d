/// \file
/// A value printer in the shape of Node's util.inspect.
///
/// console.log cannot hand a JS object to printf: something has to walk the
/// value and decide how it looks. Node does that in JavaScript
/// (lib/internal/util/inspect.js); this stage has no JavaScript library yet,
/// so the walk happens in C++ through V8's reflection API (GetOwnPropertyNames,
/// IsArray, GetConstructorName, ...). It covers the common cases and prints
/// them exactly as Node 20 does.
#pragma once

#include <v8.h>

#include <string>
#include <vector>

namespace engine {

struct InspectOptions {
  /// How many levels of nesting are shown before an object prints as
  /// [Object] or [Array] (Node's `depth`, default 2).
  int depth = 2;
};

/// `util.inspect(value)`: strings at the top level are quoted, as in
/// console.log('%o', 'x') or an array element.
std::string Inspect(v8::Local<v8::Context> context, v8::Local<v8::Value> value,
                    const InspectOptions& options = {});

/// `util.format(...args)`: the first argument may hold %s %d %i %f %j %o %O %c
/// and %%; the arguments left over are appended, strings as they are and
/// other values inspected, separated by spaces. This is what console.log prints.
std::string FormatArguments(v8::Local<v8::Context> context,
                            const std::vector<v8::Local<v8::Value>>& args);

}  // namespace engine
