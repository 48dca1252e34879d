// The start-up floor: a program that does nothing but is linked with libnode.
//
// Starting any process linked with libnode.so costs time and memory before
// main() runs: the dynamic loader maps a large library and its dependencies
// (ICU, OpenSSL, libuv, ...), applies their relocations and runs their static
// initialisers. No runtime built on libnode can start faster than this
// program, so the benchmarks report "ours / floor" next to "ours / Node": the
// part of our start-up that is ours to improve is what lies above the floor.
//
// Nothing here refers to libnode, so the linker would normally drop it;
// CMakeLists.txt links with --no-as-needed so that it really loads.
int main() { return 0; }
