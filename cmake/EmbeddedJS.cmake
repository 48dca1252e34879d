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
