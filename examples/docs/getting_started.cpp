// The code blocks of docs/getting-started.md: the doc quotes the regions between
// `// [name]` and `// [/name]` below (the test docs_snippets keeps the two
// equal), and this program checks that they do what the doc says (the test
// docs_getting_started runs it).
#include <neptune_graph/neptune_graph.hpp>

#include <boost/variant2/variant.hpp>

#include <iostream>
#include <optional>
#include <string>

#include "expect.hpp"

using docs::expect;
using docs::expect_eq;

namespace {

// The model: a task built by hand, its union member and its enum read back.
neptune_graph::GetImportTaskOutput build_a_task()
{
    // [model]
    namespace ng = neptune_graph;
    ng::GetImportTaskOutput t;
    t.taskId = "t-0123456789";
    t.status = ng::ImportTaskStatus::SUCCEEDED;
    ng::NeptuneImportOptions neptune{"s3://bucket/export", "kms-key", std::nullopt, std::nullopt};
    t.importOptions = ng::ImportOptions{neptune};

    if(auto const* n = boost::variant2::get_if<ng::NeptuneImportOptions>(&t.importOptions->value))
        std::cout << n->s3ExportPath << '\n';                // s3://bucket/export
    if(t.status.known())
        std::cout << "status " << t.status.str() << '\n';    // status SUCCEEDED
    // [/model]
    return t;
}

namespace ng = neptune_graph;

// Decoding: a task whose startTime is a string, not epoch seconds.
void decoding()
{
    // [decoding]
    std::string const body =
        R"({"taskId":"t-0123456789","source":"s3://bucket/data",)"
        R"("roleArn":"arn:aws:iam::123456789012:role/Import","status":"IMPORTING",)"
        R"("importTaskDetails":{"status":"RUNNING","startTime":"2024-11-22T18:26:40Z",)"
        R"("timeElapsedSeconds":60,"progressPercentage":5,"errorCount":0,)"
        R"("statementCount":0,"dictionaryEntryCount":0}})";

    ng::result<ng::GetImportTaskOutput> r = ng::decode<ng::GetImportTaskOutput>(body);
    if(!r)
    {
        ng::error const& e = r.error();
        std::cerr << e.what() << '\n';
        // e.path "$.importTaskDetails.startTime", e.offset 197 (where reading
        // stopped: the string's closing quote), e.message "expected a number
        // (epoch seconds), got a string", e.what() "<path>: <message>"
    }
    // [/decoding]
    if(!expect(!r, "decoding: a string where startTime's epoch seconds belong is an error"))
        return;
    ng::error const e = r.error();
    expect_eq(e.path, "$.importTaskDetails.startTime", "decoding: the error's path");
    expect(e.offset == 197, "decoding: the error's offset is 197, not " + std::to_string(e.offset));
    expect_eq(body.substr(e.offset, 1), "\"", "decoding: the offset is the string's closing quote");
    expect_eq(e.message, "expected a number (epoch seconds), got a string", "decoding: the error's message");
    expect_eq(e.what(), e.path + ": " + e.message, "decoding: what() is path: message");

    bool threw = false;
    try
    {
        (void)r.value();
    }
    catch(ng::error_exception const& x)
    {
        threw = x.error().path == e.path;
    }
    expect(threw, "decoding: r.value() throws ng::error_exception holding the error");
}

// Encoding: the task of the model, compact, pretty and appended to a buffer.
void encoding(ng::GetImportTaskOutput const& t, std::string& buffer)
{
    std::string const before = buffer;
    // [encoding]
    std::string body = ng::encode(t).value();              // compact
    std::string pretty = ng::encode(t, {true}).value();     // encode_options::pretty
    ng::encode_to(buffer, t);                               // appends to a buffer you keep
    // [/encoding]
    expect_eq(body,
              R"({"taskId":"t-0123456789","source":"","roleArn":"","status":"SUCCEEDED",)"
              R"("importOptions":{"neptune":{"s3ExportPath":"s3://bucket/export","s3ExportKmsKeyId":"kms-key"}}})",
              "encoding: the compact text, members in model order");
    expect_eq(pretty,
              "{\n"
              "  \"taskId\": \"t-0123456789\",\n"
              "  \"source\": \"\",\n"
              "  \"roleArn\": \"\",\n"
              "  \"status\": \"SUCCEEDED\",\n"
              "  \"importOptions\": {\n"
              "    \"neptune\": {\n"
              "      \"s3ExportPath\": \"s3://bucket/export\",\n"
              "      \"s3ExportKmsKeyId\": \"kms-key\"\n"
              "    }\n"
              "  }\n"
              "}",
              "encoding: the pretty text");
    auto back = ng::decode<ng::GetImportTaskOutput>(pretty);
    expect(back && *back == t, "encoding: the pretty text decodes to the same task");
    expect_eq(buffer, before + body, "encoding: encode_to appends to what the buffer held");
}

} // namespace

int main()
{
    ng::GetImportTaskOutput t;
    {
        docs::capture out(std::cout);
        t = build_a_task();
        std::string const printed = out.text();
        expect_eq(printed, "s3://bucket/export\nstatus SUCCEEDED\n", "the model: what the block prints");
    }
    decoding();
    std::string buffer = "[";
    encoding(t, buffer);
    return docs::result("docs_getting_started");
}
