# FindV8.cmake: locate the V8 that ships inside Debian's libnode108.
#
# scripts/bootstrap.sh unpacks libnode108 + libnode-dev into .deps/libnode.
# That library carries V8 10.2 (Node 18.20's engine). We deliberately never
# look in /usr/include/node: those headers belong to the machine's Node 20
# (V8 11) and do not match the library we link.
#
# Result: the imported target V8::V8 (headers, libnode.so, rpath) and
# V8_VERSION.

set(V8_PREFIX "${PROJECT_SOURCE_DIR}/.deps/libnode/usr" CACHE PATH
    "Prefix of the unpacked libnode108/libnode-dev packages")

find_path(V8_INCLUDE_DIR v8.h
  PATHS "${V8_PREFIX}/include/node"
  NO_DEFAULT_PATH)
find_library(V8_LIBRARY NAMES node
  PATHS "${V8_PREFIX}/lib/x86_64-linux-gnu" "${V8_PREFIX}/lib"
  NO_DEFAULT_PATH)

if(V8_INCLUDE_DIR AND EXISTS "${V8_INCLUDE_DIR}/v8-version.h")
  file(STRINGS "${V8_INCLUDE_DIR}/v8-version.h" _v8_lines REGEX "define V8_(MAJOR|MINOR|BUILD)_")
  string(REGEX REPLACE ".*MAJOR_VERSION ([0-9]+).*" "\\1" _major "${_v8_lines}")
  string(REGEX REPLACE ".*MINOR_VERSION ([0-9]+).*" "\\1" _minor "${_v8_lines}")
  string(REGEX REPLACE ".*BUILD_NUMBER ([0-9]+).*" "\\1" _build "${_v8_lines}")
  set(V8_VERSION "${_major}.${_minor}.${_build}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(V8
  REQUIRED_VARS V8_LIBRARY V8_INCLUDE_DIR
  VERSION_VAR V8_VERSION
  FAIL_MESSAGE "V8 (libnode108) not found under ${V8_PREFIX}. Run scripts/bootstrap.sh (or `make run`), which unpacks it there.")

if(V8_FOUND AND NOT TARGET V8::V8)
  add_library(V8::V8 SHARED IMPORTED)
  set_target_properties(V8::V8 PROPERTIES
    IMPORTED_LOCATION "${V8_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${V8_INCLUDE_DIR}"
    # libnode's V8 is built without pointer compression and without the
    # sandbox: V8_COMPRESS_POINTERS must stay undefined, or V8::Initialize
    # aborts with "Embedder-vs-V8 build configuration mismatch".
    INTERFACE_COMPILE_DEFINITIONS "V8_DEPRECATION_WARNINGS=0")
  get_filename_component(_v8_libdir "${V8_LIBRARY}" DIRECTORY)
  set(V8_LIBRARY_DIR "${_v8_libdir}")
endif()
mark_as_advanced(V8_INCLUDE_DIR V8_LIBRARY)
