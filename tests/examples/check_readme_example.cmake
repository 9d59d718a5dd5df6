# The README quotes examples/list_tasks.cpp: check that the quote is verbatim and
# that the program prints what the README promises.
#   cmake -DSOURCE_DIR=<repo> -DEXE=<example binary> -P check_readme_example.cmake
file(READ ${SOURCE_DIR}/examples/list_tasks.cpp example)
file(READ ${SOURCE_DIR}/README.md readme)
string(FIND "${example}" "\n" first_newline)
math(EXPR body_start "${first_newline} + 1")
string(SUBSTRING "${example}" ${body_start} -1 body)  # without the file's top comment
string(FIND "${readme}" "${body}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "README.md does not quote examples/list_tasks.cpp verbatim")
endif()
execute_process(COMMAND ${EXE} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
set(expected "t-0123456789 is importing s3://bucket/data\n{\"tasks\":[{\"taskId\":\"t-0123456789\",\"source\":\"s3://bucket/data\",\"format\":\"CSV\",\"roleArn\":\"arn:aws:iam::123456789012:role/Import\",\"status\":\"IMPORTING\"}]}\n")
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "example printed (exit ${rc}):\n${out}\nexpected:\n${expected}")
endif()
message(STATUS "README example: quoted verbatim, output as expected")
