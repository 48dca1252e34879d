# embed_javascript(<target> <symbol> <lib-dir>): compiles every .js file below
# <lib-dir> into <target>, as a table of built-in sources named <symbol>
# (scripts/js2c.py). Stage 05 embeds 05-modules/lib; stage 06 its own lib.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

function(embed_javascript target symbol lib_dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${lib_dir}/*.js")
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${symbol}.cc")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/scripts/js2c.py"
            --lib "${lib_dir}" --symbol "${symbol}" --output "${output}" ${sources}
    DEPENDS ${sources} "${PROJECT_SOURCE_DIR}/scripts/js2c.py"
    COMMENT "Embedding the JavaScript of ${lib_dir}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()

# embed_code_cache(<target> <symbol> <generator>): runs <generator> (a program
# linked with the same embedded sources, see 05-modules/code_cache_builder.h)
# to write V8's code cache of every built-in as a table named <symbol>, and
# compiles that table into <target>. The generator runs again whenever it is
# relinked (a .js or .cc file changed); it rewrites its output only when the
# bytes differ, so the table recompiles only when the cache did change. (With
# Makefiles, an output left untouched is older than the generator, so every
# build runs the generator again: a tenth of a second, and nothing recompiles.)
function(embed_code_cache target symbol generator)
  set(output "${CMAKE_CURRENT_BINARY_DIR}/${symbol}.cc")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "$<TARGET_FILE:${generator}>" "${output}" "${symbol}"
    DEPENDS ${generator}
    COMMENT "Making V8's code cache of the built-ins (${symbol})"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()
