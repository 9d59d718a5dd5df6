// The decode API itself: results, errors, decode_into, limits as options.
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/decode.hpp>  // twice: the header is guarded and self-contained
#include <neptune_graph/model.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace ng = neptune_graph;

namespace {

char const* const page =
    R"({"tasks":[{"taskId":"t-0123456789","source":"s3://b/k","roleArn":"arn:aws:iam::123456789012:role/r","status":"FAILED"}],"nextToken":"n1"})";

} // namespace

TEST_CASE("decode returns the value or an error with path, offset and message")
{
    auto ok = ng::decode<ng::ListImportTasksOutput>(page);
    REQUIRE(ok.has_value());
    CHECK(ok->tasks.at(0).status == ng::ImportTaskStatus::FAILED);
    CHECK(ok->nextToken == std::string("n1"));

    std::string bad = R"({"tasks":[{"taskId":"t-0123456789"},{"taskId":"t-1","status":7}]})";
    auto r = ng::decode<ng::ListImportTasksOutput>(bad);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ng::errc::type_mismatch);
    CHECK(r.error().path == "$.tasks[1].status");
    CHECK(r.error().message == "expected a string, got a number");
    CHECK(r.error().what() == "$.tasks[1].status: expected a string, got a number");
    // The offset is where the parser stopped: just after the offending number.
    CHECK(r.error().offset == bad.find("7}") + 1);
}

TEST_CASE("result::value() throws error_exception carrying the error")
{
    auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":5})");
    REQUIRE_FALSE(r.has_value());
    try
    {
        (void)r.value();
        FAIL("value() did not throw");
    }
    catch(ng::error_exception const& e)
    {
        CHECK(e.error().path == "$.tasks");
        CHECK(std::string(e.what()) == "$.tasks: expected an array, got a number");
    }
}

TEST_CASE("decode_into resets the target and leaves T{} behind on failure")
{
    ng::ListImportTasksOutput out;
    out.nextToken = "stale";
    out.tasks.resize(3);
    REQUIRE(ng::decode_into(out, R"({"tasks":[]})").has_value());
    CHECK(out.tasks.empty());
    CHECK_FALSE(out.nextToken.has_value());  // absent in the input: absent in the result

    REQUIRE(ng::decode_into(out, page).has_value());
    CHECK(out.tasks.size() == 1);
    auto r = ng::decode_into(out, R"({"tasks":[{"taskId":"t-0123456789","status":"SUCCEEDED"},{"taskId":1}]})");
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().path == "$.tasks[1].taskId");
    CHECK(out == ng::ListImportTasksOutput{});  // nothing partially decoded is left
}

TEST_CASE("syntax errors are described by what stands at the offset")
{
    auto msg = [](std::string const& text) {
        auto r = ng::decode<ng::ListImportTasksOutput>(text);
        REQUIRE_FALSE(r.has_value());
        return r.error().message;
    };
    CHECK(msg("") == "unexpected end of input");
    CHECK(msg(R"({"tasks":[)") == "unexpected end of input");
    CHECK(msg(R"({"nextToken":"a\qb"})") == "invalid escape '\\q'");
    CHECK(msg("{\"nextToken\":\"a\xff\"}") == "invalid UTF-8");
    CHECK(msg(std::string("{\"nextToken\":\"a\x01\"}")) == "control character 0x01 must be escaped");
    CHECK(msg(R"({"nextToken":"\ud800"})") == "lone UTF-16 surrogate escape");
    CHECK(msg(R"({"tasks":[]} [])") == "unexpected data after the document");
    CHECK(msg(R"({"tasks":[],})") == "syntax error at '}'");
}

TEST_CASE("limits are options, checked at and just past each bound")
{
    ng::decode_options o;

    SECTION("input size")
    {
        std::string text = R"({"tasks":[]})";
        o.max_input_size = text.size();
        CHECK(ng::decode<ng::ListImportTasksOutput>(text, o).has_value());
        o.max_input_size = text.size() - 1;
        auto r = ng::decode<ng::ListImportTasksOutput>(text, o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::input_too_large);
        CHECK(r.error().path == "$");
    }
    SECTION("string size")
    {
        o.max_string_size = 9;  // "nextToken" itself is a 9-byte key
        CHECK(ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefghi"})", o).has_value());
        auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[],"nextToken":"abcdefghij"})", o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::string_too_long);
        CHECK(r.error().path == "$.nextToken");
        // Keys count too, even unknown ones.
        auto k = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[],"abcdefghij":1})", o);
        REQUIRE_FALSE(k.has_value());
        CHECK(k.error().code == ng::errc::string_too_long);
        CHECK(k.error().path == "$");  // the object holding the key, not the member before it
    }
    SECTION("list size")
    {
        o.max_list_size = 2;
        std::string t = R"({"taskId":"t-0123456789"})";
        CHECK(ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[)" + t + "," + t + "]}", o).has_value());
        auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[)" + t + "," + t + "," + t + "]}", o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::list_too_long);
        CHECK(r.error().path == "$.tasks[2]");
    }
    SECTION("depth")
    {
        o.max_depth = 3;  // the document, a list, its elements
        CHECK(ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[{"taskId":"t-0123456789"}]})", o).has_value());
        auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[{"taskId":"t-0123456789","x":{}}]})", o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::too_deep);
        CHECK(r.error().path == "$.tasks[0].x");
    }
}

TEST_CASE("strict decoding reports every missing required member of an object")
{
    ng::decode_options o;
    o.strict = true;
    auto r = ng::decode<ng::ListImportTasksOutput>(R"({"tasks":[{"taskId":"t-0123456789","source":null}]})", o);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ng::errc::missing_member);
    CHECK(r.error().path == "$.tasks[0]");
    CHECK(r.error().message == "ImportTaskSummary is missing required member 'source', 'roleArn', 'status'");
}

TEST_CASE("a document that is null, or not an object, is refused")
{
    for(char const* text : {"null", "[]", "\"x\"", "1", "true"})
    {
        auto r = ng::decode<ng::ListImportTasksOutput>(text);
        INFO(text);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::type_mismatch);
        CHECK(r.error().path == "$");
    }
    auto u = ng::decode<ng::ImportOptions>("null");
    REQUIRE_FALSE(u.has_value());
    CHECK(u.error().message == "expected an object, got null");
}

TEST_CASE("decode_into reuses what the target holds, and forgets what the input omits")
{
    std::string const long_source(100, 's');
    std::string const first = R"({"tasks":[{"taskId":"t-0123456789","source":")" + long_source +
                              R"(","format":"CSV","roleArn":"arn:aws:iam::123456789012:role/R","status":"FAILED"},)"
                              R"({"taskId":"t-1111111111","status":"SUCCEEDED"}],"nextToken":"n"})";
    ng::ListImportTasksOutput out;
    out.tasks.reserve(1000);
    REQUIRE(ng::decode_into(out, first).has_value());
    CHECK(out.tasks.capacity() == 1000);  // the list's storage is kept
    REQUIRE(out.tasks.size() == 2);
    char const* source_buffer = out.tasks[0].source.data();

    std::string const second = R"({"tasks":[{"taskId":"t-2222222222","source":"s3://another/source/that/is/long","status":"IMPORTING"}]})";
    REQUIRE(ng::decode_into(out, second).has_value());
    REQUIRE(out.tasks.size() == 1);  // the left-over element is gone
    CHECK(out.tasks[0].source == "s3://another/source/that/is/long");
    CHECK(out.tasks[0].source.data() == source_buffer);  // decoded into the same string
    CHECK_FALSE(out.tasks[0].format.has_value());          // omitted: absent, not stale
    CHECK(out.tasks[0].roleArn.empty());                    // omitted required member: default
    CHECK_FALSE(out.nextToken.has_value());
    CHECK(out == ng::decode<ng::ListImportTasksOutput>(second).value());

    // A null resets a plain member too.
    REQUIRE(ng::decode_into(out, R"({"tasks":[{"taskId":null,"source":"x"}]})").has_value());
    CHECK(out.tasks[0].taskId.empty());
}

TEST_CASE("a long list is reserved from a guess that input cannot inflate")
{
    // Uniform elements: the guess made after the first ones is close, so the
    // list is reserved about once instead of doubling a dozen times.
    std::string text = R"({"tasks":[)";
    std::size_t const n = 5000;
    for(std::size_t i = 0; i < n; ++i)
        text += std::string(i ? "," : "") + R"({"taskId":"t-)" + std::to_string(1000000000 + i) +
                R"(","source":"s3://bucket/path/)" + std::to_string(i) + R"(","status":"SUCCEEDED"})";
    text += "]}";
    auto list = ng::decode<ng::ListImportTasksOutput>(text);
    REQUIRE(list.has_value());
    REQUIRE(list->tasks.size() == n);
    CHECK(list->tasks[n - 1].taskId == "t-" + std::to_string(1000000000 + n - 1));
    CHECK(list->tasks.capacity() >= n);
    CHECK(list->tasks.capacity() <= n + n / 4);

    // Tiny elements followed by a long string: the bytes per element say
    // "hundreds of thousands more", but no more than four times the input left
    // is reserved, in bytes, and the list ends at its true size.
    std::string hostile = R"({"tasks":[)";
    for(int i = 0; i < 40; ++i)
        hostile += i ? ",{}" : "{}";
    hostile += R"(],"nextToken":")" + std::string(1 << 20, 'n') + R"("})";
    auto small = ng::decode<ng::ListImportTasksOutput>(hostile);
    REQUIRE(small.has_value());
    CHECK(small->tasks.size() == 40);
    CHECK(small->tasks.capacity() * sizeof(ng::ImportTaskSummary) <= 4 * hostile.size());

    // The guess never passes max_list_size: the limit is reported as before.
    ng::decode_options o;
    o.max_list_size = 100;
    auto limited = ng::decode<ng::ListImportTasksOutput>(text, o);
    REQUIRE_FALSE(limited.has_value());
    CHECK(limited.error().code == ng::errc::list_too_long);
    CHECK(limited.error().path == "$.tasks[100]");
}

TEST_CASE("decode_into switches a union's member, or reuses it")
{
    ng::GetImportTaskOutput g;
    std::string const neptune = R"({"importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k","preserveEdgeIds":true}}})";
    REQUIRE(ng::decode_into(g, neptune).has_value());
    REQUIRE(g.importOptions.has_value());
    CHECK(g.importOptions->tag() == "neptune");

    REQUIRE(ng::decode_into(g, R"({"importOptions":{"s3":{"bucket":"b"}}})").has_value());
    CHECK(g.importOptions->is_unknown());
    CHECK(boost::variant2::get<ng::unknown_member>(g.importOptions->value).json == R"({"bucket":"b"})");

    REQUIRE(ng::decode_into(g, R"({"importOptions":{"neptune":{"s3ExportPath":"q","s3ExportKmsKeyId":"k"}}})").has_value());
    auto const& n = boost::variant2::get<ng::NeptuneImportOptions>(g.importOptions->value);
    CHECK(n.s3ExportPath == "q");
    CHECK_FALSE(n.preserveEdgeIds.has_value());

    REQUIRE(ng::decode_into(g, R"({"taskId":"t-0123456789"})").has_value());
    CHECK_FALSE(g.importOptions.has_value());
}
