# The README's example (examples/list_tasks.cpp, quoted by README.md and kept
# equal to it by the test docs_snippets): check that the program prints what the
# README promises.
#   cmake -DEXE=<example binary> -P check_readme_example.cmake
execute_process(COMMAND ${EXE} OUTPUT_VARIABLE out RESULT_VARIABLE rc)
set(expected "t-0123456789 is importing s3://bucket/data\n{\"tasks\":[{\"taskId\":\"t-0123456789\",\"source\":\"s3://bucket/data\",\"format\":\"CSV\",\"roleArn\":\"arn:aws:iam::123456789012:role/Import\",\"status\":\"IMPORTING\"}]}\n")
if(NOT rc EQUAL 0 OR NOT out STREQUAL expected)
  message(FATAL_ERROR "example printed (exit ${rc}):\n${out}\nexpected:\n${expected}")
endif()
message(STATUS "README example: output as expected")
