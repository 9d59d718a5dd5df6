# Packaging check, run as one ctest entry with `cmake -P`:
#
#   cmake -DMODE=install|vendored|fetchcontent
#         -DNEPTUNE_GRAPH_SOURCE_DIR=<repo> -DNEPTUNE_GRAPH_BINARY_DIR=<build>
#         -DWORK_DIR=<scratch dir> [-DGENERATOR=..] [-DCXX_COMPILER=..]
#         [-DCXX_STANDARD=..] [-DCONFIG=..] -P run.cmake
#
# MODE=install : `cmake --install` the build tree into WORK_DIR/consumer-prefix,
#                check the layout, then build tests/consumer against it with
#                find_package(neptune_graph_model CONFIG) and run it.
# MODE=vendored: build tests/vendored, which add_subdirectory()s the repo, and
#                run the same program.
# MODE=fetchcontent: build tests/fetchcontent, which gets the repo with
#                FetchContent from the source tree, and run the same program,
#                header-only and in separate compilation (two TUs).
cmake_minimum_required(VERSION 3.20)

foreach(var MODE NEPTUNE_GRAPH_SOURCE_DIR NEPTUNE_GRAPH_BINARY_DIR WORK_DIR)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "run.cmake: -D${var}=... is required")
  endif()
endforeach()
if(NOT DEFINED CONFIG OR CONFIG STREQUAL "")
  set(CONFIG Debug)
endif()

# Run a command, echo it, and stop with its output on failure.
function(ng_run what)
  string(JOIN " " _cmdline ${ARGN})
  message(STATUS "[${MODE}] ${what}: ${_cmdline}")
  execute_process(COMMAND ${ARGN}
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "[${MODE}] ${what} failed (${_rc}):\n${_out}")
  endif()
  set(NG_LAST_OUTPUT "${_out}" PARENT_SCOPE)
endfunction()

# Options shared by both consumer configure steps.
set(_configure_opts "-DCMAKE_BUILD_TYPE=${CONFIG}")
if(DEFINED GENERATOR AND NOT GENERATOR STREQUAL "")
  list(APPEND _configure_opts -G "${GENERATOR}")
endif()
if(DEFINED CXX_COMPILER AND NOT CXX_COMPILER STREQUAL "")
  list(APPEND _configure_opts "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()
if(DEFINED CXX_STANDARD AND NOT CXX_STANDARD STREQUAL "")
  list(APPEND _configure_opts "-DCMAKE_CXX_STANDARD=${CXX_STANDARD}")
endif()

set(_dir ${WORK_DIR}/${MODE})
set(_prefix ${WORK_DIR}/consumer-prefix)
# Always start clean: a stale cache or prefix would hide packaging bugs.
file(REMOVE_RECURSE ${_dir})

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE ${_prefix})
  ng_run("install" ${CMAKE_COMMAND} --install ${NEPTUNE_GRAPH_BINARY_DIR}
    --prefix ${_prefix} --config ${CONFIG})

  # The install tree must hold the headers, the CMake package and the .pc.
  file(GLOB _pkgdirs LIST_DIRECTORIES true ${_prefix}/lib*/cmake/neptune_graph_model)
  if(NOT _pkgdirs)
    message(FATAL_ERROR "no <prefix>/lib*/cmake/neptune_graph_model in ${_prefix}")
  endif()
  list(GET _pkgdirs 0 _pkgdir)
  foreach(f
      include/neptune_graph/neptune_graph.hpp
      share/pkgconfig/neptune_graph_model.pc)
    if(NOT EXISTS ${_prefix}/${f})
      message(FATAL_ERROR "missing from install tree: ${_prefix}/${f}")
    endif()
  endforeach()
  foreach(f
      neptune_graph_modelConfig.cmake
      neptune_graph_modelConfigVersion.cmake
      neptune_graph_modelTargets.cmake)
    if(NOT EXISTS ${_pkgdir}/${f})
      message(FATAL_ERROR "missing from install tree: ${_pkgdir}/${f}")
    endif()
  endforeach()

  # The pkg-config file must point at the relocated include dir.
  find_program(PKG_CONFIG_EXECUTABLE NAMES pkg-config pkgconf)
  if(PKG_CONFIG_EXECUTABLE)
    set(ENV{PKG_CONFIG_PATH} ${_prefix}/share/pkgconfig)
    ng_run("pkg-config" ${PKG_CONFIG_EXECUTABLE} --cflags neptune_graph_model)
    string(STRIP "${NG_LAST_OUTPUT}" _cflags)
    file(REAL_PATH ${_prefix}/include _incdir)
    if(NOT _cflags MATCHES "^-I(.*)$")
      message(FATAL_ERROR "unexpected pkg-config --cflags: '${_cflags}'")
    endif()
    file(REAL_PATH "${CMAKE_MATCH_1}" _pcinc)
    if(NOT _pcinc STREQUAL _incdir)
      message(FATAL_ERROR "pkg-config include dir ${_pcinc} != ${_incdir}")
    endif()
  endif()

  set(_project_dir ${NEPTUNE_GRAPH_SOURCE_DIR}/tests/consumer)
  # Only the install prefix: the source tree must not leak into this build.
  list(APPEND _configure_opts "-DCMAKE_PREFIX_PATH=${_prefix}")
elseif(MODE STREQUAL "vendored")
  set(_project_dir ${NEPTUNE_GRAPH_SOURCE_DIR}/tests/vendored)
  list(APPEND _configure_opts "-DNEPTUNE_GRAPH_SOURCE_DIR=${NEPTUNE_GRAPH_SOURCE_DIR}")
elseif(MODE STREQUAL "fetchcontent")
  set(_project_dir ${NEPTUNE_GRAPH_SOURCE_DIR}/tests/fetchcontent)
  list(APPEND _configure_opts "-DNEPTUNE_GRAPH_SOURCE_DIR=${NEPTUNE_GRAPH_SOURCE_DIR}")
else()
  message(FATAL_ERROR "MODE must be 'install', 'vendored' or 'fetchcontent', got '${MODE}'")
endif()

ng_run("configure" ${CMAKE_COMMAND} -S ${_project_dir} -B ${_dir} ${_configure_opts})
ng_run("build" ${CMAKE_COMMAND} --build ${_dir} --config ${CONFIG})

set(_programs neptune_graph_consumer)
if(MODE STREQUAL "fetchcontent")
  list(APPEND _programs neptune_graph_consumer_separate)
endif()
foreach(_program ${_programs})
  # Single-config generators put the exe at the top, multi-config in <CONFIG>/.
  set(_exe ${_dir}/${_program}${CMAKE_EXECUTABLE_SUFFIX})
  if(NOT EXISTS ${_exe})
    set(_exe ${_dir}/${CONFIG}/${_program}${CMAKE_EXECUTABLE_SUFFIX})
  endif()
  ng_run("run ${_program}" ${_exe})
  message(STATUS "[${MODE}] ${_program} output: ${NG_LAST_OUTPUT}")
endforeach()
