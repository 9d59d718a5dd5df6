// One TEST_CASE per JSON row of the service spec's wire-rules.md, kept outside the
// repository at ../shared/spec/wire-rules.md from its root (the HTTP rows
// -- error type/message, unmodeled status, path label, query parameters,
// server-side validation -- belong to the HTTP layer and are not tested here).
// Every case uses the exact input that shows the rule, accepted and refused.
#include <neptune_graph/neptune_graph.hpp>

#include <boost/json/error.hpp>
#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#if defined(__unix__) || defined(__APPLE__)
#include <csignal>

#include <sys/wait.h>
#include <unistd.h>
#define NG_TEST_HAVE_FORK 1
#endif

namespace ng = neptune_graph;
using Catch::Contains;
using ng::ImportTaskStatus;

namespace {

using Get = ng::GetImportTaskOutput;
using List = ng::ListImportTasksOutput;
using Details = ng::ImportTaskDetails;

// The required members of GetImportTaskOutput, for inputs that test something else.
constexpr char const* required_members =
    R"("taskId":"t-0123456789","source":"s3://neptune-import-bucket/data/",)"
    R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneImportRole","status":"IMPORTING")";

std::string get_with(std::string_view more)
{
    std::string s = "{";
    s += required_members;
    if(!more.empty())
    {
        s += ',';
        s.append(more.data(), more.size());
    }
    s += '}';
    return s;
}

Get required_only()
{
    Get g;
    g.taskId = "t-0123456789";
    g.source = "s3://neptune-import-bucket/data/";
    g.roleArn = "arn:aws:iam::123456789012:role/NeptuneImportRole";
    g.status = ImportTaskStatus::IMPORTING;
    return g;
}

ng::decode_options strict_options()
{
    ng::decode_options o;  // C++17: no designated initializers
    o.strict = true;
    return o;
}

ng::encode_options pass_through()
{
    ng::encode_options o;
    o.pass_through_unknown = true;
    return o;
}

ng::encode_options pretty()
{
    ng::encode_options o;
    o.pretty = true;
    return o;
}

// Decodes `in`, which must succeed.
template <class T>
T ok(std::string_view in, ng::decode_options const& o = {})
{
    auto r = ng::decode<T>(in, o);
    if(!r)
        FAIL("decode refused " << in << "\n  error: " << r.error().what()
                               << " (offset " << r.error().offset << ")");
    return *r;
}

// Decodes `in`, which must fail; the error's offset must lie inside the input.
template <class T>
ng::error fails(std::string_view in, ng::decode_options const& o = {})
{
    auto r = ng::decode<T>(in, o);
    if(r)
        FAIL("decode accepted " << in);
    CHECK(r.error().offset <= in.size());
    return r.error();
}

template <class T>
std::string enc(T const& x, ng::encode_options const& o = {})
{
    auto r = ng::encode(x, o);
    if(!r)
        FAIL("encode refused: " << r.error().what());
    return *r;
}

template <class T>
T const& alt(ng::ImportOptions const& u)
{
    auto const* p = boost::variant2::get_if<T>(&u.value);
    if(!p)
        FAIL("union holds alternative " << u.value.index() << " (tag '" << u.tag() << "')");
    return *p;
}

std::string nested_arrays(std::size_t n, std::string_view inner = "1")
{
    return std::string(n, '[') + std::string(inner) + std::string(n, ']');
}

} // namespace

// code, path, message fragment of an error
#define CHECK_ERR(e, code_, path_, fragment)         \
    do                                               \
    {                                                \
        CHECK((e).code == (code_));                  \
        CHECK((e).path == (path_));                  \
        CHECK_THAT((e).message, Contains(fragment)); \
    } while(false)

// the error's offset lies at or just after `token` (its first occurrence in `in`)
#define CHECK_AT(e, in, token)                                                    \
    do                                                                            \
    {                                                                             \
        std::size_t const pos_ = std::string_view(in).find(token);                \
        REQUIRE(pos_ != std::string_view::npos);                                  \
        CHECK((e).offset >= pos_);                                                \
        CHECK((e).offset <= pos_ + std::string_view(token).size());               \
    } while(false)

// ---------------------------------------------------------------------------
// unknown key in a structure: skipped (any JSON value, nested arbitrarily)
// ---------------------------------------------------------------------------

TEST_CASE("wire: unknown keys are skipped at any depth", "[wire][unknown-key]")
{
    Get const expected = required_only();

    SECTION("scalar values")
    {
        CHECK(ok<Get>(get_with(R"("newString":"x","newInt":42,"newFloat":-1.5e300,)"
                               R"("newTrue":true,"newFalse":false,"newNull":null)")) == expected);
    }
    SECTION("nested objects and arrays")
    {
        CHECK(ok<Get>(get_with(R"("meta":{"a":[1,{"b":[[],{}],"c":"}]"}],"d":{"e":{"f":null}}},)"
                               R"("list":[[1,[2,[3]]],{"x":{}}])")) == expected);
    }
    SECTION("unknown keys before, between and after known members")
    {
        auto g = ok<Get>(R"({"a":1,"taskId":"t-0123456789","b":{"c":[2]},)"
                         R"("source":"s3://neptune-import-bucket/data/","d":[],)"
                         R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneImportRole",)"
                         R"("status":"IMPORTING","e":"f"})");
        CHECK(g == expected);
    }
    SECTION("a key that is a member of another shape is still unknown here")
    {
        CHECK(ok<Get>(get_with(R"("tasks":[{"taskId":"t-zzzzzzzzzz"}],"nextToken":"x")")) == expected);
    }
    SECTION("inside a nested structure")
    {
        auto g = ok<Get>(get_with(
            R"("importTaskDetails":{"phase":{"n":[1,2]},"status":"RUNNING","startTime":1732300000,)"
            R"("errorCount":3,"future":[{"a":"b"}]})"));
        REQUIRE(g.importTaskDetails);
        CHECK(g.importTaskDetails->status == "RUNNING");
        CHECK(g.importTaskDetails->startTime == ng::timestamp::from_seconds(1732300000));
        CHECK(g.importTaskDetails->errorCount == 3);
    }
    SECTION("inside list elements")
    {
        auto l = ok<List>(
            R"({"pageInfo":{"n":2},"tasks":[{"taskId":"t-aaaaaaaaaa","x":[{}],"status":"FAILED"},)"
            R"({"y":{"z":[null]},"taskId":"t-bbbbbbbbbb","status":"SUCCEEDED","w":1}],"after":true})");
        REQUIRE(l.tasks.size() == 2);
        CHECK(l.tasks[0].taskId == "t-aaaaaaaaaa");
        CHECK(l.tasks[0].status == ImportTaskStatus::FAILED);
        CHECK(l.tasks[1].taskId == "t-bbbbbbbbbb");
        CHECK(l.tasks[1].status == ImportTaskStatus::SUCCEEDED);
        CHECK_FALSE(l.nextToken);
    }
    SECTION("inside a structure held by a union member")
    {
        auto g = ok<Get>(get_with(
            R"("importOptions":{"neptune":{"s3ExportPath":"s3://b/p","extra":{"k":[1]},)"
            R"("s3ExportKmsKeyId":"key"}})"));
        REQUIRE(g.importOptions);
        auto const& n = alt<ng::NeptuneImportOptions>(*g.importOptions);
        CHECK(n.s3ExportPath == "s3://b/p");
        CHECK(n.s3ExportKmsKeyId == "key");
    }
    SECTION("keys and values with escapes")
    {
        CHECK(ok<Get>(get_with(R"("new\"Key":1,"a\\b":"c\"}]","\u00e9t\u00e9":{"\ud83d\ude00":[]},)"
                               R"("t\u0061skIdX":"not taskId")")) == expected);
    }
    SECTION("a key that only looks like a member once decoded IS that member")
    {
        // "\u0073ource" decodes to "source": a known member, not an unknown key.
        auto g = ok<Get>(R"({"\u0073ource":"s3://x/"})");
        CHECK(g.source == "s3://x/");
    }
    SECTION("unknown keys are not re-encoded")
    {
        auto g = ok<Get>(get_with(R"("zz":[1,2,3])"));
        CHECK(enc(g) == get_with(""));
    }
    SECTION("strict mode still skips unknown keys")
    {
        CHECK(ok<Get>(get_with(R"("newField":{"a":1})"), strict_options()) == expected);
    }
}

// ---------------------------------------------------------------------------
// member value null: same as absent
// ---------------------------------------------------------------------------

TEST_CASE("wire: a null member is the same as an absent one", "[wire][null]")
{
    SECTION("optional members")
    {
        std::string const in = get_with(
            R"("graphId":null,"format":null,"parquetType":null,"importOptions":null,)"
            R"("importTaskDetails":null,"attemptNumber":null,"statusReason":null)");
        auto g = ok<Get>(in);
        CHECK_FALSE(g.graphId);
        CHECK_FALSE(g.format);
        CHECK_FALSE(g.parquetType);
        CHECK_FALSE(g.importOptions);
        CHECK_FALSE(g.importTaskDetails);
        CHECK_FALSE(g.attemptNumber);
        CHECK_FALSE(g.statusReason);
        CHECK(g == required_only());
        CHECK(enc(g) == get_with(""));  // and they stay absent when encoded
    }
    SECTION("optional members of a nested structure")
    {
        auto g = ok<Get>(get_with(
            R"("importTaskDetails":{"status":"x","errorDetails":null,"errorCount":null},)"
            R"("importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k",)"
            R"("preserveDefaultVertexLabels":null,"preserveEdgeIds":null}})"));
        REQUIRE(g.importTaskDetails);
        CHECK_FALSE(g.importTaskDetails->errorDetails);
        CHECK(g.importTaskDetails->errorCount == 0);
        auto const& n = alt<ng::NeptuneImportOptions>(*g.importOptions);
        CHECK_FALSE(n.preserveDefaultVertexLabels);
        CHECK_FALSE(n.preserveEdgeIds);
    }
    SECTION("required members: null decodes like absent (default value)")
    {
        auto g = ok<Get>(R"({"taskId":null,"source":null,"roleArn":null,"status":null})");
        CHECK(g.taskId.empty());
        CHECK(g.source.empty());
        CHECK(g.roleArn.empty());
        CHECK_FALSE(g.status.known());
        CHECK(g.status.str().empty());
        CHECK(g == Get{});
    }
    SECTION("a required list that is null is an empty list")
    {
        auto l = ok<List>(R"({"tasks":null,"nextToken":null})");
        CHECK(l.tasks.empty());
        CHECK_FALSE(l.nextToken);
    }
    SECTION("null list elements are dropped (library choice: lists are dense, as in the SDKs)")
    {
        auto l = ok<List>(R"({"tasks":[null,{"taskId":"t-aaaaaaaaaa"},null]})");
        REQUIRE(l.tasks.size() == 1);
        CHECK(l.tasks[0].taskId == "t-aaaaaaaaaa");
    }
    SECTION("strict mode: a null required member is reported as missing")
    {
        std::string const in =
            R"({"taskId":"t-0123456789","source":"s3://b/","roleArn":null,"status":"IMPORTING"})";
        auto e = fails<Get>(in, strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$", "'roleArn'");
        CHECK_THAT(e.message, Contains("GetImportTaskOutput"));
        CHECK_THAT(e.message, !Contains("'taskId'"));
    }
    SECTION("strict mode: null optional members are fine")
    {
        CHECK(ok<Get>(get_with(R"("graphId":null,"importOptions":null)"), strict_options()) ==
              required_only());
    }
}

// ---------------------------------------------------------------------------
// required output member absent: accepted by default, refused by strict decode
// ---------------------------------------------------------------------------

TEST_CASE("wire: a required member absent is accepted by default and refused in strict mode",
          "[wire][required]")
{
    SECTION("default: every required member absent")
    {
        CHECK(ok<Get>("{}") == Get{});
        CHECK(ok<List>("{}").tasks.empty());
        CHECK(ok<ng::ValidationException>("{}").message.empty());
        auto d = ok<Details>("{}");
        CHECK(d.startTime == ng::timestamp{});
        CHECK(d.statementCount == 0);
    }
    SECTION("default: some required members absent")
    {
        auto g = ok<Get>(R"({"taskId":"t-0123456789","status":"CANCELLED"})");
        CHECK(g.taskId == "t-0123456789");
        CHECK(g.status == ImportTaskStatus::CANCELLED);
        CHECK(g.source.empty());
        CHECK(g.roleArn.empty());
    }
    SECTION("strict: all required members present is accepted")
    {
        CHECK(ok<Get>(get_with(""), strict_options()) == required_only());
    }
    SECTION("strict: the top-level object names every missing member")
    {
        auto e = fails<Get>("{}", strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$", "GetImportTaskOutput");
        for(char const* m : {"'taskId'", "'source'", "'roleArn'", "'status'"})
            CHECK_THAT(e.message, Contains(m));
        CHECK_THAT(e.message, !Contains("graphId"));  // optional: never required
    }
    SECTION("strict: only the absent one is named")
    {
        std::string const in =
            R"({"taskId":"t-0123456789","source":"s3://b/","roleArn":"arn:aws:iam::123456789012:role/R"})";
        auto e = fails<Get>(in, strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$", "'status'");
        CHECK_THAT(e.message, !Contains("'taskId'"));
        CHECK_THAT(e.message, !Contains("'source'"));
    }
    SECTION("strict: a nested structure is reported with its own path")
    {
        auto e = fails<Get>(
            get_with(R"("importTaskDetails":{"status":"x","startTime":1,"timeElapsedSeconds":2,)"
                     R"("progressPercentage":3,"errorCount":0,"statementCount":4})"),
            strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$.importTaskDetails", "'dictionaryEntryCount'");
        CHECK_THAT(e.message, Contains("ImportTaskDetails"));
        CHECK_THAT(e.message, !Contains("'statementCount'"));
    }
    SECTION("strict: a list element is reported with its index")
    {
        auto e = fails<List>(
            R"({"tasks":[{"taskId":"t-aaaaaaaaaa","source":"s","roleArn":"r","status":"FAILED"},)"
            R"({"taskId":"t-bbbbbbbbbb","source":"s","roleArn":"r"}]})",
            strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$.tasks[1]", "'status'");
        CHECK_THAT(e.message, Contains("ImportTaskSummary"));
    }
    SECTION("strict: a required list")
    {
        auto e = fails<List>("{}", strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$", "'tasks'");
        CHECK(ok<List>(R"({"tasks":[]})", strict_options()).tasks.empty());
    }
    SECTION("strict: a structure inside a union member")
    {
        auto e = fails<Get>(get_with(R"("importOptions":{"neptune":{"s3ExportPath":"p"}})"),
                            strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$.importOptions.neptune", "'s3ExportKmsKeyId'");
        CHECK_THAT(e.message, Contains("NeptuneImportOptions"));
    }
    SECTION("strict: error shapes")
    {
        auto e = fails<ng::ConflictException>(R"({"reason":"CONCURRENT_MODIFICATION"})",
                                              strict_options());
        CHECK_ERR(e, ng::errc::missing_member, "$", "'message'");
    }
}

// ---------------------------------------------------------------------------
// unknown enum value: kept exactly, re-encodes unchanged, refused only in strict mode
// ---------------------------------------------------------------------------

TEST_CASE("wire: an unknown enum value is kept exactly and re-encodes unchanged", "[wire][enum]")
{
    SECTION("status PAUSED")
    {
        std::string const in =
            R"({"taskId":"t-0123456789","source":"s3://b/","roleArn":"r","status":"PAUSED"})";
        auto g = ok<Get>(in);
        CHECK_FALSE(g.status.known());
        CHECK_FALSE(g.status.value());
        CHECK(g.status.str() == "PAUSED");
        CHECK(g.status != ImportTaskStatus::IMPORTING);
        CHECK(g.status == ng::open_enum<ImportTaskStatus>::from_string("PAUSED"));
        CHECK(enc(g) == in);
    }
    SECTION("values are case sensitive and kept byte for byte")
    {
        for(std::string v : {"succeeded", "Succeeded", "SUCCEEDED ", " SUCCEEDED", "RE_PROVISIONING",
                             "ERROR_ENCOUNTERED", "\xc3\xa9t\xc3\xa9", ""})
        {
            INFO("status '" << v << "'");
            ng::ImportTaskSummary s;
            s.status = ng::open_enum<ImportTaskStatus>::from_string(v);
            std::string const in = enc(s);
            auto back = ok<ng::ImportTaskSummary>(in);
            CHECK_FALSE(back.status.known());
            CHECK(back.status.str() == v);
            CHECK(enc(back) == in);
        }
    }
    SECTION("escaped spelling of a known value is that known value")
    {
        auto g = ok<Get>(R"({"status":"SUCC\u0045EDED"})");
        CHECK(g.status == ImportTaskStatus::SUCCEEDED);
    }
    SECTION("format, parquetType and error reasons")
    {
        auto g = ok<Get>(get_with(R"("format":"JSONL","parquetType":"ROW")"));
        REQUIRE(g.format);
        REQUIRE(g.parquetType);
        CHECK(g.format->str() == "JSONL");
        CHECK_FALSE(g.format->known());
        CHECK(g.parquetType->str() == "ROW");
        CHECK(enc(g) ==
              R"({"taskId":"t-0123456789","source":"s3://neptune-import-bucket/data/",)"
              R"("format":"JSONL","parquetType":"ROW",)"
              R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneImportRole","status":"IMPORTING"})");

        auto v = ok<ng::ValidationException>(R"({"message":"m","reason":"NEW_REASON"})");
        REQUIRE(v.reason);
        CHECK(v.reason->str() == "NEW_REASON");
        CHECK(enc(v) == R"({"message":"m","reason":"NEW_REASON"})");
    }
    SECTION("strict mode refuses it, naming the value and the choices")
    {
        auto e = fails<Get>(R"({"status":"PAUSED"})", strict_options());
        CHECK_ERR(e, ng::errc::unknown_enum_value, "$.status", "'PAUSED'");
        CHECK_THAT(e.message, Contains("CANCELLING"));

        e = fails<List>(R"({"tasks":[{"taskId":"t","source":"s","roleArn":"r","status":"X"}]})",
                        strict_options());
        CHECK_ERR(e, ng::errc::unknown_enum_value, "$.tasks[0].status", "'X'");

        e = fails<Get>(get_with(R"("format":"JSONL")"), strict_options());
        CHECK_ERR(e, ng::errc::unknown_enum_value, "$.format", "OPEN_CYPHER");
    }
    SECTION("strict mode accepts every known value")
    {
        for(char const* s : {"INITIALIZING", "EXPORTING", "ANALYZING_DATA", "IMPORTING",
                             "REPROVISIONING", "ROLLING_BACK", "SUCCEEDED", "FAILED", "CANCELLING",
                             "CANCELLED", "DELETED"})
        {
            INFO(s);
            auto x = ok<ng::ImportTaskSummary>(
                std::string(R"({"taskId":"t","source":"s","roleArn":"r","status":")") + s + "\"}",
                strict_options());
            CHECK(x.status.known());
            CHECK(x.status.str() == s);
        }
    }
    SECTION("an enum is still a string: other JSON types are refused")
    {
        std::string const in = R"({"format":1})";
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.format", "expected a string, got a number");
    }
}

// ---------------------------------------------------------------------------
// unions
// ---------------------------------------------------------------------------

TEST_CASE("wire: a union with one known member holds that member", "[wire][union]")
{
    std::string const in = get_with(
        R"("importOptions":{"neptune":{"s3ExportPath":"s3://export-bucket/neptune/",)"
        R"("s3ExportKmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555",)"
        R"("preserveDefaultVertexLabels":true,"preserveEdgeIds":false}})");
    auto g = ok<Get>(in);
    REQUIRE(g.importOptions);
    CHECK_FALSE(g.importOptions->is_unknown());
    CHECK(g.importOptions->tag() == "neptune");
    auto const& n = alt<ng::NeptuneImportOptions>(*g.importOptions);
    CHECK(n.s3ExportPath == "s3://export-bucket/neptune/");
    CHECK(n.s3ExportKmsKeyId ==
          "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555");
    CHECK(n.preserveDefaultVertexLabels == true);
    CHECK(n.preserveEdgeIds == false);
    CHECK(enc(g) == in);

    SECTION("errors inside the member carry the member's path")
    {
        std::string const bad = R"({"importOptions":{"neptune":{"preserveEdgeIds":"yes"}}})";
        auto e = fails<Get>(bad);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.importOptions.neptune.preserveEdgeIds",
                  "expected a boolean, got a string");
        CHECK_AT(e, bad, "\"yes\"");
    }
    SECTION("the member's value must be an object")
    {
        auto e = fails<Get>(R"({"importOptions":{"neptune":1}})");
        CHECK_ERR(e, ng::errc::type_mismatch, "$.importOptions.neptune", "expected an object");
    }
}

TEST_CASE("wire: a union with one unknown member keeps the tag and the raw JSON", "[wire][union]")
{
    SECTION("raw text byte for byte: whitespace, escapes, numbers as written")
    {
        std::string const raw =
            "{ \"bucket\" : \"my-bucket\",\n  \"prefix\":\"a\\\"b\\\\c\\/d\\u00e9\", "
            "\"n\":[1, 2.50, -3e2, true, null], \"o\":{\"}\":\"]\"} }";
        std::string const in = get_with("\"importOptions\":{\"s3\" : " + raw + " }");
        auto g = ok<Get>(in);
        REQUIRE(g.importOptions);
        CHECK(g.importOptions->is_unknown());
        CHECK(g.importOptions->tag() == "s3");
        auto const& u = alt<ng::unknown_member>(*g.importOptions);
        CHECK(u.tag == "s3");
        CHECK(u.json == raw);
    }
    SECTION("a tag written with \\u escapes is decoded")
    {
        auto g = ok<Get>(R"({"importOptions":{"\u0073\u0033":{"a":1}}})");
        auto const& u = alt<ng::unknown_member>(*g.importOptions);
        CHECK(u.tag == "s3");
        CHECK(u.json == R"({"a":1})");
    }
    SECTION("after escaped keys and values, with a newline before the value")
    {
        std::string const in =
            "{\"a\\\"b\":{\"c\\\\\":[1,\"]}\"]},\"importOptions\":{\"__type\":\"x\\\"y\","
            "\"p\\u0071\":null,\"s\\u0033x\" :\n   {\"k\":\"v\\\\\",\"n\":[1,2,{\"z\":\"}\"}]} }}";
        auto g = ok<Get>(in);
        auto const& u = alt<ng::unknown_member>(*g.importOptions);
        CHECK(u.tag == "s3x");
        CHECK(u.json == "{\"k\":\"v\\\\\",\"n\":[1,2,{\"z\":\"}\"}]}");
    }
    SECTION("after plain values and numbers, the tag escaped")
    {
        auto g = ok<Get>(R"({"attemptNumber":3,"importOptions":{"__type":"plain","\u0073\u0033":{"a":"b"}}})");
        auto const& u = alt<ng::unknown_member>(*g.importOptions);
        CHECK(u.tag == "s3");
        CHECK(u.json == R"({"a":"b"})");
        g = ok<Get>(R"({"importOptions":{"__type":["x",1,"y"],"neptune":null,"s\u0033":7}})");
        CHECK(alt<ng::unknown_member>(*g.importOptions).json == "7");
    }
    SECTION("scalar and array values")
    {
        struct { char const* in; char const* raw; } const cases[] = {
            {R"({"importOptions":{"s3":"a\"}b"}})", R"("a\"}b")"},
            {R"({"importOptions":{"s3":-1.5e3}})", "-1.5e3"},
            {R"({"importOptions":{"s3":true}})", "true"},
            {R"({"importOptions":{"s3":[ ]}})", "[ ]"},
            {R"({"importOptions":{"s3":0 }})", "0"},
        };
        for(auto const& c : cases)
        {
            INFO(c.in);
            auto g = ok<Get>(c.in);
            auto const& u = alt<ng::unknown_member>(*g.importOptions);
            CHECK(u.tag == "s3");
            CHECK(u.json == c.raw);
        }
    }
    SECTION("a top-level union")
    {
        auto u = ok<ng::ImportOptions>(R"({"s3":{"path":"s3://b/"}})");
        CHECK(u.is_unknown());
        CHECK(alt<ng::unknown_member>(u).json == R"({"path":"s3://b/"})");
    }
    SECTION("strict mode also keeps an unknown member (strictness covers required members and enums)")
    {
        auto g = ok<Get>(get_with(R"("importOptions":{"s3":{}})"), strict_options());
        CHECK(alt<ng::unknown_member>(*g.importOptions).json == "{}");
    }
}

TEST_CASE("wire: encoding an unknown union member is refused unless passed through",
          "[wire][union][encode]")
{
    std::string const raw = "{ \"bucket\" : \"b\",\n \"k\":\"\\u00e9\\/\" }";
    Get g = required_only();
    g.importOptions = ng::ImportOptions{ng::unknown_member{"s3", raw}};

    SECTION("refused by default with errc::unknown_union_member")
    {
        auto r = ng::encode(g);
        REQUIRE_FALSE(r.has_value());
        CHECK_ERR(r.error(), ng::errc::unknown_union_member, "$.importOptions", "'s3'");
        CHECK_THAT(r.error().message, Contains("pass_through_unknown"));

        std::string out = "keep";
        CHECK_FALSE(ng::encode_to(out, g).has_value());
        CHECK(out == "keep");  // nothing half-written
    }
    SECTION("pass-through re-emits {\"tag\":raw} byte for byte")
    {
        CHECK(enc(g, pass_through()) == get_with("\"importOptions\":{\"s3\":" + raw + "}"));
        CHECK(enc(ng::ImportOptions{ng::unknown_member{"s3", raw}}, pass_through()) ==
              "{\"s3\":" + raw + "}");
    }
    SECTION("decode then pass-through encode is the identity on a canonical input")
    {
        std::string const in = get_with("\"importOptions\":{\"s3\":" + raw + "}");
        auto d = ok<Get>(in);
        CHECK(enc(d, pass_through()) == in);
        CHECK_FALSE(ng::encode(d).has_value());
    }
    SECTION("pass-through keeps the raw text as is inside pretty output")
    {
        ng::encode_options o = pass_through();
        o.pretty = true;
        CHECK(enc(ng::ImportOptions{ng::unknown_member{"s3", raw}}, o) ==
              "{\n  \"s3\": " + raw + "\n}");
    }
    SECTION("a known member is encoded without any option")
    {
        ng::NeptuneImportOptions n;
        n.s3ExportPath = "p";
        n.s3ExportKmsKeyId = "k";
        CHECK(enc(ng::ImportOptions{n}) == R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})");
    }
}

TEST_CASE("wire: __type inside a union is ignored", "[wire][union]")
{
    for(std::string const body :
        {R"({"__type":"com.amazonaws.neptunegraph#NeptuneImportOptions","neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})",
         R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"},"__type":"x"})",
         R"({"__type":{"nested":["x"]},"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})"})
    {
        INFO(body);
        auto g = ok<Get>(get_with("\"importOptions\":" + body));
        auto const& n = alt<ng::NeptuneImportOptions>(*g.importOptions);
        CHECK(n.s3ExportPath == "p");
        CHECK(n.s3ExportKmsKeyId == "k");
        CHECK(enc(g) == get_with(R"("importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})"));
    }
    SECTION("__type beside an unknown member")
    {
        auto g = ok<Get>(get_with(R"("importOptions":{"__type":"x","s3":{"a":1}})"));
        auto const& u = alt<ng::unknown_member>(*g.importOptions);
        CHECK(u.tag == "s3");
        CHECK(u.json == R"({"a":1})");
    }
    SECTION("__type alone is no member")
    {
        auto e = fails<Get>(R"({"importOptions":{"__type":"x"}})");
        CHECK_ERR(e, ng::errc::union_empty, "$.importOptions",
                  "ImportOptions must have exactly one member set");
    }
}

TEST_CASE("wire: a union member whose value is null is ignored", "[wire][union][null]")
{
    SECTION("a known member null beside an unknown member")
    {
        auto g = ok<Get>(get_with(R"("importOptions":{"neptune":null,"s3":{"a":1}})"));
        CHECK(alt<ng::unknown_member>(*g.importOptions).json == R"({"a":1})");
        g = ok<Get>(get_with(R"("importOptions":{"s3":{"a":1},"neptune":null})"));
        CHECK(alt<ng::unknown_member>(*g.importOptions).json == R"({"a":1})");
    }
    SECTION("an unknown member null beside a known member")
    {
        auto g = ok<Get>(get_with(
            R"("importOptions":{"s3":null,"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"},"x":null})"));
        CHECK(alt<ng::NeptuneImportOptions>(*g.importOptions).s3ExportPath == "p");
    }
}

TEST_CASE("wire: a union that is null is absent", "[wire][union][null]")
{
    auto g = ok<Get>(get_with(R"("importOptions":null)"));
    CHECK_FALSE(g.importOptions);
    CHECK(enc(g) == get_with(""));
}

TEST_CASE("wire: a union with no member set is an error", "[wire][union]")
{
    for(std::string const body : {"{}", R"({"neptune":null})", R"({"neptune":null,"s3":null})",
                                  R"({ "s3" : null })"})
    {
        INFO(body);
        std::string const in = R"({"importOptions":)" + body + "}";
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::union_empty, "$.importOptions",
                  "ImportOptions must have exactly one member set");
        CHECK(e.message == "ImportOptions must have exactly one member set");
    }
    SECTION("top level")
    {
        auto e = fails<ng::ImportOptions>("{}");
        CHECK_ERR(e, ng::errc::union_empty, "$", "ImportOptions must have exactly one member set");
    }
}

TEST_CASE("wire: a union with two non-null members is an error naming both", "[wire][union]")
{
    struct { char const* body; char const* path; char const* first; char const* second; } const cases[] = {
        {R"({"neptune":{},"s3":{}})", "$.importOptions.s3", "'neptune'", "'s3'"},
        {R"({"s3":{},"neptune":{}})", "$.importOptions.neptune", "'s3'", "'neptune'"},
        {R"({"s3":1,"gcs":"x"})", "$.importOptions.gcs", "'s3'", "'gcs'"},
        {R"({"s3":1,"neptune":null,"gcs":[]})", "$.importOptions.gcs", "'s3'", "'gcs'"},
    };
    for(auto const& c : cases)
    {
        INFO(c.body);
        auto e = fails<Get>(std::string(R"({"importOptions":)") + c.body + "}");
        CHECK_ERR(e, ng::errc::union_multiple, c.path, "ImportOptions must have exactly one member set");
        CHECK_THAT(e.message, Contains(c.first));
        CHECK_THAT(e.message, Contains(c.second));
    }
}

TEST_CASE("wire: a union that is not an object is a type error", "[wire][union]")
{
    struct { char const* value; char const* got; } const cases[] = {
        {R"([{"neptune":{}}])", "got an array"},
        {R"("neptune")", "got a string"},
        {"1", "got a number"},
        {"true", "got a boolean"},
    };
    for(auto const& c : cases)
    {
        INFO(c.value);
        std::string const in = std::string(R"({"importOptions":)") + c.value + "}";
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.importOptions", "expected an object");
        CHECK_THAT(e.message, Contains(c.got));
        CHECK_AT(e, in, c.value);
    }
    SECTION("top level")
    {
        auto e = fails<ng::ImportOptions>(R"(["neptune"])");
        CHECK_ERR(e, ng::errc::type_mismatch, "$", "expected an object, got an array");
    }
}

// ---------------------------------------------------------------------------
// timestamps: epoch seconds, kept to the microsecond, re-encoded shortest
// ---------------------------------------------------------------------------

TEST_CASE("wire: a timestamp is a JSON number of epoch seconds kept to the microsecond",
          "[wire][timestamp]")
{
    auto start = [](std::string const& number) {
        return std::string(R"({"startTime":)") + number + "}";
    };

    SECTION("accepted forms")
    {
        struct { char const* text; std::int64_t us; } const cases[] = {
            {"1732300000", 1732300000000000},
            {"1732300000.123", 1732300000123000},
            {"1732300000.0", 1732300000000000},
            {"1.7323e9", 1732300000000000},
            {"1.7323E+9", 1732300000000000},
            {"17323e5", 1732300000000000},
            {"173230000000e-2", 1732300000000000},
            {"0", 0},
            {"-0", 0},
            {"-0.0", 0},
            {"-1.5", -1500000},
            {"-1732300000.25", -1732300000250000},
            {"1732300000.123456", 1732300000123456},
            {"0.000001", 1},
            {"1e-6", 1},
            {"9223372036854.775807", std::numeric_limits<std::int64_t>::max()},
            {"-9223372036854.775808", std::numeric_limits<std::int64_t>::min()},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            CHECK(ok<Details>(start(c.text)).startTime.microseconds == c.us);
        }
    }
    SECTION("more than 6 fractional digits round to the nearest microsecond (halves away from zero)")
    {
        struct { char const* text; std::int64_t us; } const cases[] = {
            {"1732300000.1234564", 1732300000123456},
            {"1732300000.1234565", 1732300000123457},
            {"1732300000.12345649999", 1732300000123456},
            {"1732300000.1234569999", 1732300000123457},
            {"1732300000.9999995", 1732300001000000},
            {"-1.0000005", -1000001},
            {"-1.0000004", -1000000},
            {"1.5e-6", 2},
            {"5e-7", 1},
            {"4.9e-7", 0},
            {"1e-7", 0},
            {"1e-400", 0},
            {"0.00000000000000000000000001", 0},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            CHECK(ok<Details>(start(c.text)).startTime.microseconds == c.us);
        }
    }
    SECTION("re-encoded as the shortest exact decimal")
    {
        struct { char const* in; char const* out; } const cases[] = {
            {"1732300000.123", "1732300000.123"},
            {"1732300000.0", "1732300000"},
            {"1732300000.120", "1732300000.12"},
            {"1732300000.100000", "1732300000.1"},
            {"1.7323e9", "1732300000"},
            {"1.5e-6", "0.000002"},
            {"1e-6", "0.000001"},
            {"0.00001", "0.00001"},
            {"-0", "0"},
            {"-1.5", "-1.5"},
            {"-0.999999", "-0.999999"},
            {"1732300000.123456", "1732300000.123456"},
            {"1732300000.1234565", "1732300000.123457"},
        };
        for(auto const& c : cases)
        {
            INFO(c.in);
            auto d = ok<Details>(start(c.in));
            std::string const out = enc(d);
            CHECK_THAT(out, Contains(std::string(R"("startTime":)") + c.out + ","));
        }
    }
    SECTION("encoding from microseconds")
    {
        struct { std::int64_t us; char const* out; } const cases[] = {
            {0, "0"}, {1, "0.000001"}, {-1, "-0.000001"}, {10, "0.00001"},
            {1500000, "1.5"}, {-1500000, "-1.5"},
            {1732300000000000, "1732300000"}, {1732300000100000, "1732300000.1"},
            {1732300000123000, "1732300000.123"}, {1732300000123456, "1732300000.123456"},
            {std::numeric_limits<std::int64_t>::max(), "9223372036854.775807"},
            {std::numeric_limits<std::int64_t>::min(), "-9223372036854.775808"},
        };
        for(auto const& c : cases)
        {
            INFO(c.us);
            Details d;
            d.startTime.microseconds = c.us;
            CHECK_THAT(enc(d), Contains(std::string(R"("startTime":)") + c.out + ","));
        }
    }
    SECTION("strings, booleans and other types are errors")
    {
        struct { char const* text; char const* got; } const cases[] = {
            {R"("1732300000")", "got a string"},
            {R"("2024-11-22T18:26:40Z")", "got a string"},
            {"true", "got a boolean"},
            {"{}", "got an object"},
            {"[1732300000]", "got an array"},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            std::string const in = start(c.text);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::type_mismatch, "$.startTime", "expected a number (epoch seconds)");
            CHECK_THAT(e.message, Contains(c.got));
            CHECK_AT(e, in, c.text);
        }
    }
    SECTION("NaN and Infinity are not JSON")
    {
        for(char const* t : {"NaN", "Infinity", "-Infinity"})
        {
            INFO(t);
            std::string const in = start(t);
            auto e = fails<Details>(in);
            CHECK(e.code == boost::json::condition::parse_error);
            CHECK(e.path == "$.startTime");
            CHECK_AT(e, in, t);
        }
    }
    SECTION("out of range")
    {
        for(char const* t : {"1e400", "-1e400", "1e19", "9223372036854.775808", "-9223372036854.775809",
                             "1e100000000"})
        {
            INFO(t);
            std::string const in = start(t);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::out_of_range, "$.startTime", "out of range");
            CHECK_THAT(e.message, Contains(t));
            CHECK_AT(e, in, t);
        }
    }
}

// ---------------------------------------------------------------------------
// Integer / Long: exact integers within int32 / int64
// ---------------------------------------------------------------------------

TEST_CASE("wire: Integer and Long members are exact integers in range", "[wire][integer]")
{
    auto member = [](char const* name, std::string const& number) {
        return std::string("{\"") + name + "\":" + number + "}";
    };

    SECTION("Integer (int32) bounds")
    {
        CHECK(ok<Details>(member("errorCount", "2147483647")).errorCount == 2147483647);
        CHECK(ok<Details>(member("errorCount", "-2147483648")).errorCount ==
              std::numeric_limits<std::int32_t>::min());
        CHECK(ok<Get>(member("attemptNumber", "2147483647")).attemptNumber == 2147483647);
        for(char const* t : {"2147483648", "-2147483649", "1e10", "12345678901234567890123",
                             "9223372036854775807", "18446744073709551615"})
        {
            INFO(t);
            std::string const in = member("progressPercentage", t);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::out_of_range, "$.progressPercentage", "out of range");
            CHECK_THAT(e.message, Contains(t));
            CHECK_THAT(e.message, Contains("32-bit"));
            CHECK_AT(e, in, t);
        }
        auto e = fails<Get>(member("attemptNumber", "2147483648"));
        CHECK_ERR(e, ng::errc::out_of_range, "$.attemptNumber", "2147483648");
    }
    SECTION("Long (int64) bounds")
    {
        CHECK(ok<Details>(member("statementCount", "9223372036854775807")).statementCount ==
              std::numeric_limits<std::int64_t>::max());
        CHECK(ok<Details>(member("statementCount", "-9223372036854775808")).statementCount ==
              std::numeric_limits<std::int64_t>::min());
        CHECK(ok<Details>(member("timeElapsedSeconds", "9.223372036854775807e18")).timeElapsedSeconds ==
              std::numeric_limits<std::int64_t>::max());
        for(char const* t : {"9223372036854775808", "-9223372036854775809", "18446744073709551616",
                             "1e19", "1e400"})
        {
            INFO(t);
            std::string const in = member("dictionaryEntryCount", t);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::out_of_range, "$.dictionaryEntryCount", "out of range");
            CHECK_THAT(e.message, Contains(t));
            CHECK_THAT(e.message, Contains("64-bit"));
            CHECK_AT(e, in, t);
        }
    }
    SECTION("a fraction is not an integer")
    {
        for(char const* t : {"1.5", "-0.5", "1e-1", "1.00000000000000000001", "2147483646.5"})
        {
            INFO(t);
            std::string const in = member("errorCount", t);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::not_integer, "$.errorCount", "is not an integer");
            CHECK_THAT(e.message, Contains(t));
            CHECK_AT(e, in, t);
        }
        auto e = fails<Details>(member("statementCount", "1.5"));
        CHECK_ERR(e, ng::errc::not_integer, "$.statementCount", "1.5 is not an integer");
    }
    SECTION("numbers written with a fraction or exponent that are exact integers are accepted")
    {
        // The library's choice: the wire rule asks for "an exact integer", so the
        // value decides, not the spelling. 1.0, 1e2, 100e-2 and -0 are exact
        // integers and are accepted (Go's and Rust's float->int readers agree).
        struct { char const* text; std::int32_t v; } const cases[] = {
            {"1.0", 1}, {"1e2", 100}, {"1E2", 100}, {"1.5e1", 15}, {"100e-2", 1},
            {"-0", 0}, {"-0.0", 0}, {"2.147483647e9", 2147483647},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            CHECK(ok<Details>(member("errorCount", c.text)).errorCount == c.v);
        }
        CHECK(ok<Details>(member("statementCount", "1e18")).statementCount == 1000000000000000000);
    }
    SECTION("strings and booleans are refused")
    {
        struct { char const* text; char const* got; } const cases[] = {
            {R"("1")", "got a string"}, {"true", "got a boolean"}, {"[1]", "got an array"},
            {"{}", "got an object"},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            std::string const in = member("errorCount", c.text);
            auto e = fails<Details>(in);
            CHECK_ERR(e, ng::errc::type_mismatch, "$.errorCount", "expected an integer");
            CHECK_THAT(e.message, Contains(c.got));
            CHECK_AT(e, in, c.text);
        }
        auto e = fails<Get>(R"({"attemptNumber":"3"})");
        CHECK_ERR(e, ng::errc::type_mismatch, "$.attemptNumber", "expected an integer, got a string");
    }
    SECTION("integers round-trip exactly")
    {
        Details d;
        d.timeElapsedSeconds = std::numeric_limits<std::int64_t>::min();
        d.progressPercentage = std::numeric_limits<std::int32_t>::max();
        d.errorCount = std::numeric_limits<std::int32_t>::min();
        d.statementCount = std::numeric_limits<std::int64_t>::max();
        std::string const text = enc(d);
        CHECK(text == R"({"status":"","startTime":0,"timeElapsedSeconds":-9223372036854775808,)"
                      R"("progressPercentage":2147483647,"errorCount":-2147483648,)"
                      R"("statementCount":9223372036854775807,"dictionaryEntryCount":0})");
        CHECK(ok<Details>(text) == d);
    }
}

// ---------------------------------------------------------------------------
// Boolean: true / false only
// ---------------------------------------------------------------------------

TEST_CASE("wire: Boolean members are true or false only", "[wire][boolean]")
{
    using N = ng::NeptuneImportOptions;
    CHECK(ok<N>(R"({"preserveEdgeIds":true})").preserveEdgeIds == true);
    CHECK(ok<N>(R"({"preserveEdgeIds":false})").preserveEdgeIds == false);
    CHECK_FALSE(ok<N>(R"({"preserveEdgeIds":null})").preserveEdgeIds);
    CHECK_FALSE(ok<N>(R"({})").preserveEdgeIds);

    struct { char const* text; char const* got; } const cases[] = {
        {R"("true")", "got a string"}, {R"("false")", "got a string"},
        {"1", "got a number"}, {"0", "got a number"},
        {"[true]", "got an array"}, {"{}", "got an object"},
    };
    for(auto const& c : cases)
    {
        INFO(c.text);
        std::string const in = std::string(R"({"preserveDefaultVertexLabels":)") + c.text + "}";
        auto e = fails<N>(in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.preserveDefaultVertexLabels", "expected a boolean");
        CHECK_THAT(e.message, Contains(c.got));
        CHECK_AT(e, in, c.text);
    }
    SECTION("True/TRUE are not JSON")
    {
        auto e = fails<N>(R"({"preserveEdgeIds":True})");
        CHECK(e.code == boost::json::condition::parse_error);
        CHECK(e.path == "$.preserveEdgeIds");
    }
}

// ---------------------------------------------------------------------------
// strings: valid UTF-8, escapes decoded
// ---------------------------------------------------------------------------

TEST_CASE("wire: strings are valid UTF-8 JSON strings with escapes decoded", "[wire][string]")
{
    auto source = [](std::string const& json_text) {
        return std::string(R"({"source":")") + json_text + "\"}";
    };

    SECTION("escapes are decoded")
    {
        struct { char const* text; std::string value; } const cases[] = {
            {R"(a\nb)", "a\nb"},
            {R"(\")", "\""},
            {R"(\\)", "\\"},
            {R"(\/)", "/"},
            {R"(\b\f\r\t)", "\b\f\r\t"},
            {R"(caf\u00e9)", "caf\xc3\xa9"},
            {R"(\u00E9)", "\xc3\xa9"},
            {R"(\u20ac)", "\xe2\x82\xac"},
            {R"(\ud83d\ude00)", "\xf0\x9f\x98\x80"},
            {R"(\uD83D\uDE00)", "\xf0\x9f\x98\x80"},
            {R"(\u0000)", std::string(1, '\0')},
            {R"(s3://b/\u0070ath)", "s3://b/path"},
        };
        for(auto const& c : cases)
        {
            INFO(c.text);
            CHECK(ok<Get>(source(c.text)).source == c.value);
        }
    }
    SECTION("raw UTF-8 is kept as is")
    {
        std::string const v = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80 \xf4\x8f\xbf\xbf";
        CHECK(ok<Get>(source(v)).source == v);
    }
    SECTION("invalid UTF-8 bytes are refused")
    {
        for(std::string const& bad : {std::string("\xff"), std::string("a\xc3"), std::string("\xc0\xaf"),
                                     std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80"),
                                     std::string("\x80"), std::string("\xe2\x82")})
        {
            INFO("bytes of length " << bad.size());
            std::string const in = source(bad);
            auto e = fails<Get>(in);
            CHECK(e.code == boost::json::condition::parse_error);
            CHECK(e.path == "$.source");
            CHECK_THAT(e.message, Contains("UTF-8"));
            CHECK(e.offset >= 11);  // inside the string, not before it
        }
        // offset at the bad byte
        auto e = fails<Get>(std::string("{\"source\":\"ab\xff\"}"));
        CHECK(e.offset == 13);
    }
    SECTION("invalid UTF-8 in an unknown key or skipped value is refused too")
    {
        auto e = fails<Get>(std::string("{\"x\xff\":1}"));
        CHECK(e.code == boost::json::condition::parse_error);
        CHECK_THAT(e.message, Contains("UTF-8"));
        e = fails<Get>(std::string("{\"x\":[\"\xff\"]}"));
        CHECK(e.code == boost::json::condition::parse_error);
        CHECK_THAT(e.message, Contains("UTF-8"));
    }
    SECTION("lone surrogate escapes are refused")
    {
        for(char const* t : {R"(\ud83d)", R"(\ude00)", R"(\ud83dx)", R"(\ud83d\u0041)", R"(a\udfff)"})
        {
            INFO(t);
            std::string const in = source(t);
            auto e = fails<Get>(in);
            CHECK(e.code == boost::json::condition::parse_error);
            CHECK(e.path == "$.source");
            CHECK_THAT(e.message, Contains("surrogate"));
        }
    }
    SECTION("unescaped control characters are refused")
    {
        for(char c : {'\x01', '\x1f', '\n', '\t', '\r', '\0'})
        {
            INFO("control character " << int(c));
            std::string const in = "{\"source\":\"a" + std::string(1, c) + "b\"}";
            auto e = fails<Get>(in);
            CHECK(e.code == boost::json::condition::parse_error);
            CHECK(e.path == "$.source");
            CHECK_THAT(e.message, Contains("control character"));
            CHECK(e.offset == 12);
        }
    }
    SECTION("invalid escapes are refused")
    {
        for(char const* t : {R"(\x41)", R"(\u12)", R"(\u12G4)", R"(\U00e9)", R"(\')"})
        {
            INFO(t);
            auto e = fails<Get>(source(t));
            CHECK(e.code == boost::json::condition::parse_error);
            CHECK(e.path == "$.source");
            CHECK_THAT(e.message, Contains("escape"));
        }
    }
    SECTION("a string member is a string: other types are refused")
    {
        std::string const in = R"({"taskId":123})";
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.taskId", "expected a string, got a number");
        CHECK_AT(e, in, "123");
    }
}

// ---------------------------------------------------------------------------
// duplicate key in one object: error
// ---------------------------------------------------------------------------

TEST_CASE("wire: a duplicate key in one object is refused", "[wire][duplicate]")
{
    struct { std::string in; char const* path; char const* key; } const cases[] = {
        {R"({"taskId":"t-aaaaaaaaaa","taskId":"t-bbbbbbbbbb"})", "$.taskId", "'taskId'"},
        {R"({"taskId":null,"taskId":"t-bbbbbbbbbb"})", "$.taskId", "'taskId'"},
        {R"({"taskId":"t-aaaaaaaaaa","task\u0049d":"t-bbbbbbbbbb"})", "$.taskId", "'taskId'"},
        {R"({"zz":1,"zz":2})", "$.zz", "'zz'"},
        {R"({"zz":{"a":1},"taskId":"t","zz":[]})", "$.zz", "'zz'"},
        {R"({"importTaskDetails":{"errorCount":1,"errorCount":2}})", "$.importTaskDetails.errorCount",
         "'errorCount'"},
        {R"({"importOptions":{"neptune":{"s3ExportPath":"a","s3ExportPath":"b"}}})",
         "$.importOptions.neptune.s3ExportPath", "'s3ExportPath'"},
        {R"({"importOptions":{"neptune":{},"neptune":{}}})", "$.importOptions.neptune", "'neptune'"},
        {R"({"importOptions":{"neptune":null,"neptune":{}}})", "$.importOptions.neptune", "'neptune'"},
        {R"({"importOptions":{"s3":1,"s3":1}})", "$.importOptions.s3", "'s3'"},
        {R"({"importOptions":{"s3":null,"s3":null}})", "$.importOptions.s3", "'s3'"},
    };
    for(auto const& c : cases)
    {
        INFO(c.in);
        auto e = fails<Get>(c.in);
        CHECK_ERR(e, ng::errc::duplicate_key, c.path, c.key);
        CHECK_THAT(e.message, Contains("duplicate key"));
    }
    SECTION("inside list elements")
    {
        std::string const in = R"({"tasks":[{"taskId":"a"},{"zz":1,"zz":{}}]})";
        auto e = fails<List>(in);
        CHECK_ERR(e, ng::errc::duplicate_key, "$.tasks[1].zz", "duplicate key 'zz'");
        e = fails<List>(R"({"tasks":[{},{},{"status":"FAILED","status":"FAILED"}]})");
        CHECK_ERR(e, ng::errc::duplicate_key, "$.tasks[2].status", "'status'");
    }
    SECTION("the offset is at the second occurrence")
    {
        std::string const in = R"({"taskId":"a","taskId":"b"})";
        auto e = fails<Get>(in);
        CHECK(e.offset >= in.rfind("\"taskId\""));
        CHECK(e.offset <= in.rfind("\"b\""));
    }
    SECTION("the same key in different objects is fine")
    {
        auto l = ok<List>(R"({"zz":1,"tasks":[{"taskId":"a","zz":1},{"taskId":"b","zz":1}],"yy":{"zz":1}})");
        REQUIRE(l.tasks.size() == 2);
        CHECK(l.tasks[1].taskId == "b");
        auto g = ok<Get>(get_with(R"("zz":1,"importTaskDetails":{"zz":2,"status":"s"})"));
        CHECK(g.importTaskDetails->status == "s");
    }
}

TEST_CASE("wire: a duplicate __type key in a union is refused", "[wire][duplicate][union]")
{
    // "__type" is ignored, but it is still a key of the object: the rule is about keys.
    auto e = fails<Get>(R"({"importOptions":{"__type":"a","__type":"b","neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}}})");
    CHECK_ERR(e, ng::errc::duplicate_key, "$.importOptions.__type", "duplicate key '__type'");
}

TEST_CASE("wire: a duplicate key inside a skipped or raw value is refused", "[wire][duplicate]")
{
    // The rule is "duplicate key in one object"; the raw text of an unknown union
    // member is re-emitted by pass-through encoding, so a downstream parser would
    // read it with its own (first-wins or last-wins) rule.
    SECTION("inside the raw value of an unknown union member")
    {
        auto e = fails<Get>(R"({"importOptions":{"s3":{"bucket":"a","bucket":"b"}}})");
        CHECK(e.code == ng::errc::duplicate_key);
        CHECK_THAT(e.message, Contains("'bucket'"));
        CHECK_THAT(e.path, Contains("$.importOptions.s3"));
    }
    SECTION("inside the value of an unknown key")
    {
        auto e = fails<Get>(R"({"meta":{"a":1,"a":2}})");
        CHECK(e.code == ng::errc::duplicate_key);
        CHECK_THAT(e.message, Contains("'a'"));
        CHECK_THAT(e.path, Contains("$.meta"));
    }
}

// ---------------------------------------------------------------------------
// top level not an object: error
// ---------------------------------------------------------------------------

TEST_CASE("wire: the top level must be an object", "[wire][top-level]")
{
    struct { char const* in; char const* got; } const typed[] = {
        {"[]", "got an array"}, {R"([{"taskId":"t"}])", "got an array"},
        {R"("taskId")", "got a string"}, {"1", "got a number"}, {"-1.5e3", "got a number"},
        {"true", "got a boolean"}, {" false ", "got a boolean"},
    };
    for(auto const& c : typed)
    {
        INFO(c.in);
        auto e = fails<Get>(c.in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$", "expected an object");
        CHECK_THAT(e.message, Contains(c.got));
    }
    SECTION("null")
    {
        for(char const* in : {"null", " null\n"})
        {
            INFO(in);
            auto e = fails<Get>(in);
            CHECK(e.code == ng::errc::type_mismatch);
            CHECK(e.path == "$");
            CHECK_THAT(e.message, Contains("expected an object"));
        }
        auto e = fails<ng::ImportOptions>("null");
        CHECK(e.code == ng::errc::type_mismatch);
        e = fails<List>("null", strict_options());
        CHECK(e.code == ng::errc::type_mismatch);
    }
    SECTION("empty input and whitespace only")
    {
        for(char const* in : {"", " ", "\n\t"})
        {
            INFO("'" << in << "'");
            auto e = fails<Get>(in);
            CHECK(e.code == boost::json::error::incomplete);
            CHECK(e.path == "$");
            CHECK_THAT(e.message, Contains("end of input"));
        }
    }
    SECTION("an incomplete object or data after it")
    {
        auto e = fails<Get>(R"({"taskId":"t")");
        CHECK(e.code == boost::json::error::incomplete);
        e = fails<Get>("{} {}");
        CHECK(e.code == boost::json::error::extra_data);
        CHECK(e.offset == 3);
        e = fails<Get>(R"({"taskId":"t",})");
        CHECK(e.code == boost::json::condition::parse_error);
        CHECK(ok<Get>(" \n{\"taskId\":\"t\"}\r\n\t ").taskId == "t");
    }
}

// ---------------------------------------------------------------------------
// depth and size limits: errors, never crashes
// ---------------------------------------------------------------------------

TEST_CASE("wire: nesting deeper than max_depth is refused", "[wire][limits]")
{
    // Depth counts every open object and array, the top-level object included:
    // {"x":[[1]]} is 3 deep. max_depth levels are accepted, max_depth + 1 refused.
    auto deep = [](std::size_t depth) {  // an unknown key holding depth - 1 arrays
        return R"({"x":)" + nested_arrays(depth - 1) + "}";
    };

    SECTION("default 64: 64 levels accepted, 65 refused")
    {
        CHECK(ng::decode_options{}.max_depth == 64);
        CHECK(ok<Get>(deep(63)) == Get{});
        CHECK(ok<Get>(deep(64)) == Get{});
        std::string const in = deep(65);
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::too_deep, "$.x", "nesting deeper than 64");
        CHECK(e.offset == 5 + 63);  // the bracket that opens level 65
    }
    SECTION("nested objects count the same")
    {
        std::string in64 = "{";
        for(int i = 0; i < 63; ++i)
            in64 += R"("a":{)";
        in64 += std::string(64, '}');
        CHECK(ok<Get>(in64) == Get{});
        std::string in65 = R"({"a":)" + in64 + "}";
        auto e = fails<Get>(in65);
        CHECK(e.code == ng::errc::too_deep);
        CHECK_THAT(e.path, Contains("$.a"));
    }
    SECTION("deep values in known members and unions count too")
    {
        auto e = fails<List>(R"({"tasks":[{"x":)" + nested_arrays(62) + "}]}");
        CHECK_ERR(e, ng::errc::too_deep, "$.tasks[0].x", "nesting deeper than 64");
        CHECK(ok<List>(R"({"tasks":[{"x":)" + nested_arrays(61) + "}]}").tasks.size() == 1);

        // top object, importOptions object, then 62 arrays: 64 levels
        auto g = ok<Get>(R"({"importOptions":{"s3":)" + nested_arrays(62) + "}}");
        CHECK(alt<ng::unknown_member>(*g.importOptions).json == nested_arrays(62));
        e = fails<Get>(R"({"importOptions":{"s3":)" + nested_arrays(63) + "}}");
        CHECK_ERR(e, ng::errc::too_deep, "$.importOptions.s3", "nesting deeper than 64");
    }
    SECTION("a custom max_depth")
    {
        ng::decode_options o;
        o.max_depth = 3;
        CHECK(ok<Get>(R"({"x":[[1]]})", o) == Get{});
        auto e = fails<Get>(R"({"x":[[[1]]]})", o);
        CHECK_ERR(e, ng::errc::too_deep, "$.x", "nesting deeper than 3");
        CHECK(e.offset == 7);

        o.max_depth = 1;
        CHECK(ok<Get>(R"({"x":1})", o) == Get{});
        e = fails<Get>(R"({"x":[]})", o);
        CHECK(e.code == ng::errc::too_deep);

        o.max_depth = 100;
        CHECK(ok<Get>(deep(100), o) == Get{});
        CHECK(fails<Get>(deep(101), o).code == ng::errc::too_deep);
    }
    SECTION("100000 nested arrays inside an unknown key: an error, not a crash")
    {
        std::string const in = R"({"x":)" + nested_arrays(100000) + "}";
        auto e = fails<Get>(in);
        CHECK_ERR(e, ng::errc::too_deep, "$.x", "nesting deeper than 64");
        CHECK(e.offset == 5 + 63);
        std::string const unclosed = R"({"x":)" + std::string(100000, '[');
        CHECK(fails<Get>(unclosed).code == ng::errc::too_deep);
    }
}

#ifdef NG_TEST_HAVE_FORK
TEST_CASE("wire: a large max_depth with deeply nested input is an error or a success, never a crash",
          "[wire][limits]")
{
    // Run in a child process: a stack overflow must not take the test runner down.
    auto survives = [](std::size_t depth, std::size_t max_depth) {
        pid_t pid = fork();
        REQUIRE(pid >= 0);
        if(pid == 0)
        {
            // the default action, not Catch's handler: a crash must kill the child
            std::signal(SIGSEGV, SIG_DFL);
            std::signal(SIGBUS, SIG_DFL);
            std::string const in = R"({"x":)" + nested_arrays(depth) + "}";
            ng::decode_options o;
            o.max_depth = max_depth;
            auto r = ng::decode<Get>(in, o);
            _exit(r || r.error().code == ng::errc::too_deep ? 0 : 1);
        }
        int status = 0;
        REQUIRE(waitpid(pid, &status, 0) == pid);
        INFO("depth " << depth << ", max_depth " << max_depth << ", wait status " << status);
        CHECK(WIFEXITED(status));
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    };
    survives(1000, 2000);
    survives(100000, 200000);
    survives(1000000, std::numeric_limits<std::size_t>::max());
}
#endif

TEST_CASE("wire: max_depth above the ceiling acts as the ceiling", "[wire][limits]")
{
    ng::decode_options o;
    o.max_depth = 1000000;
    CHECK(ok<Get>(R"({"x":)" + nested_arrays(ng::max_depth_ceiling - 1) + "}", o) == Get{});
    auto e = fails<Get>(R"({"x":)" + nested_arrays(ng::max_depth_ceiling) + "}", o);
    CHECK_ERR(e, ng::errc::too_deep, "$.x", "nesting deeper than 1024");
}

TEST_CASE("wire: input larger than max_input_size is refused", "[wire][limits]")
{
    ng::decode_options o;
    o.max_input_size = 10;
    CHECK(ok<Get>(R"({"a":1234})", o) == Get{});  // exactly 10 bytes
    std::string const in = R"({"a":12345})";     // 11 bytes
    auto e = fails<Get>(in, o);
    CHECK_ERR(e, ng::errc::input_too_large, "$", "11 bytes");
    CHECK_THAT(e.message, Contains("10"));
    CHECK(e.offset == 0);

    SECTION("the default is 64 MiB")
    {
        CHECK(ng::decode_options{}.max_input_size == std::size_t(64) << 20);
        std::string const big((std::size_t(64) << 20) + 1, ' ');
        auto r = ng::decode<Get>(big);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::input_too_large);
    }
    SECTION("string and list limits")
    {
        ng::decode_options s;
        s.max_string_size = 8;
        CHECK(ok<Get>(R"({"source":"abcdefgh"})", s).source == "abcdefgh");
        auto se = fails<Get>(R"({"source":"abcdefghi"})", s);
        CHECK_ERR(se, ng::errc::string_too_long, "$.source", "8 bytes");
        // the limit is on the decoded bytes, not on the escaped text
        CHECK(ok<Get>(R"({"source":"abcdef\u00e9"})", s).source == "abcdef\xc3\xa9");  // 8 bytes
        CHECK(ok<Get>(R"({"source":"abcdefg\n"})", s).source == "abcdefg\n");
        se = fails<Get>(R"({"source":"abcdefg\u00e9"})", s);  // 9 bytes
        CHECK_ERR(se, ng::errc::string_too_long, "$.source", "8 bytes");
        // keys too
        se = fails<Get>(R"({"unknownKey":1})", s);
        CHECK(se.code == ng::errc::string_too_long);
        // and strings inside skipped values and raw union members, named by
        // the member that holds them
        ng::decode_options s16;
        s16.max_string_size = 16;  // room for the key "importOptions"
        std::string const s17(17, 'x');
        se = fails<Get>(R"({"meta":{"a":[")" + s17 + R"("]}})", s16);
        CHECK_ERR(se, ng::errc::string_too_long, "$.meta", "16 bytes");
        se = fails<Get>(R"({"importOptions":{"s3":{"b":")" + s17 + R"("}}})", s16);
        CHECK_ERR(se, ng::errc::string_too_long, "$.importOptions.s3", "16 bytes");
        se = fails<Get>(R"({"meta":"abcdefghijklmno\u00e9"})", s16);  // 17 bytes once unescaped
        CHECK_ERR(se, ng::errc::string_too_long, "$.meta", "16 bytes");
        std::string const s16x(16, 'x');
        CHECK(ok<Get>(R"({"meta":{"a":[")" + s16x + R"("]},"importOptions":{"s3":")" + s16x + R"("}})", s16)
                  .importOptions->is_unknown());

        ng::decode_options l;
        l.max_list_size = 2;
        CHECK(ok<List>(R"({"tasks":[{},{}]})", l).tasks.size() == 2);
        auto le = fails<List>(R"({"tasks":[{},{},{}]})", l);
        CHECK_ERR(le, ng::errc::list_too_long, "$.tasks[2]", "2 elements");
    }
}

// ---------------------------------------------------------------------------
// encoding: model order, absent optionals omitted, compact or pretty
// ---------------------------------------------------------------------------

TEST_CASE("wire: encoding writes members in model order and omits absent optionals", "[wire][encode]")
{
    Get g;
    g.statusReason = "Import completed";   // set in reverse model order on purpose
    g.attemptNumber = 1;
    g.status = ImportTaskStatus::SUCCEEDED;
    g.roleArn = "arn:aws:iam::123456789012:role/NeptuneImportRole";
    g.parquetType = ng::ParquetType::COLUMNAR;
    g.format = ng::Format::PARQUET;
    g.source = "s3://b/p/";
    g.taskId = "t-0123456789";
    g.graphId = "g-0123456789";

    SECTION("compact by default, model order")
    {
        CHECK(enc(g) ==
              R"({"graphId":"g-0123456789","taskId":"t-0123456789","source":"s3://b/p/",)"
              R"("format":"PARQUET","parquetType":"COLUMNAR",)"
              R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneImportRole","status":"SUCCEEDED",)"
              R"("attemptNumber":1,"statusReason":"Import completed"})");
    }
    SECTION("absent optionals are omitted, never null; required members always written")
    {
        std::string const text = enc(Get{});
        CHECK(text == R"({"taskId":"","source":"","roleArn":"","status":""})");
        CHECK(enc(g).find("null") == std::string::npos);
        CHECK(enc(ng::ValidationException{"bad", std::nullopt}) == R"({"message":"bad"})");
        CHECK(enc(List{}) == R"({"tasks":[]})");
    }
    SECTION("pretty: two-space indent, one member per line")
    {
        ng::ConflictException c{"Task is already cancelling", ng::ConflictExceptionReason::CONCURRENT_MODIFICATION};
        CHECK(enc(c, pretty()) ==
              "{\n"
              "  \"message\": \"Task is already cancelling\",\n"
              "  \"reason\": \"CONCURRENT_MODIFICATION\"\n"
              "}");

        List l;
        l.tasks.resize(1);
        l.tasks[0].taskId = "t-0123456789";
        l.tasks[0].status = ImportTaskStatus::FAILED;
        l.nextToken = "tok";
        CHECK(enc(l, pretty()) ==
              "{\n"
              "  \"tasks\": [\n"
              "    {\n"
              "      \"taskId\": \"t-0123456789\",\n"
              "      \"source\": \"\",\n"
              "      \"roleArn\": \"\",\n"
              "      \"status\": \"FAILED\"\n"
              "    }\n"
              "  ],\n"
              "  \"nextToken\": \"tok\"\n"
              "}");
        CHECK(enc(List{}, pretty()) == "{\n  \"tasks\": []\n}");

        ng::NeptuneImportOptions n;
        n.s3ExportPath = "p";
        n.s3ExportKmsKeyId = "k";
        n.preserveEdgeIds = true;
        CHECK(enc(ng::ImportOptions{n}, pretty()) ==
              "{\n"
              "  \"neptune\": {\n"
              "    \"s3ExportPath\": \"p\",\n"
              "    \"s3ExportKmsKeyId\": \"k\",\n"
              "    \"preserveEdgeIds\": true\n"
              "  }\n"
              "}");
        // pretty text decodes back to the same value
        CHECK(ok<List>(enc(l, pretty())) == l);
    }
    SECTION("strings: quotes, backslashes and control characters are escaped")
    {
        ng::ThrottlingException t;
        t.message = std::string("a\x01\x1f\b\f\n\r\t\"\\/\x7f") + "\xc3\xa9" + std::string(1, '\0');
        std::string const text = enc(t);
        CHECK(text == "{\"message\":\"a\\u0001\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\x7f\xc3\xa9\\u0000\"}");
        CHECK(ok<ng::ThrottlingException>(text).message == t.message);
    }
    SECTION("a string that is not UTF-8 is refused with its path")
    {
        List l;
        l.tasks.resize(2);
        l.tasks[1].source = "s3://b/\xff";
        auto r = ng::encode(l);
        REQUIRE_FALSE(r.has_value());
        CHECK_ERR(r.error(), ng::errc::invalid_utf8, "$.tasks[1].source", "UTF-8");
    }
}

// ---------------------------------------------------------------------------
// error offsets
// ---------------------------------------------------------------------------

TEST_CASE("wire: error offsets point at or just after the offending token", "[wire][offset]")
{
    struct { std::string in; char const* token; char const* path; } const cases[] = {
        {R"({"taskId":"t","attemptNumber":"3"})", R"("3")", "$.attemptNumber"},
        {R"({"importTaskDetails":{"status":"s","startTime":true}})", "true", "$.importTaskDetails.startTime"},
        {R"({"importOptions":["neptune"]})", "[", "$.importOptions"},
        {R"({"importTaskDetails":{"errorCount":1.5}})", "1.5", "$.importTaskDetails.errorCount"},
        {R"({"importTaskDetails":{"errorCount":  99999999999 }})", "99999999999",
         "$.importTaskDetails.errorCount"},
        {R"({"a":1, "taskId" : {"x":1}})", "{\"x\"", "$.taskId"},
        {"[1,2]", "[", "$"},
    };
    for(auto const& c : cases)
    {
        INFO(c.in);
        auto e = fails<Get>(c.in);
        CHECK(e.path == c.path);
        CHECK_AT(e, c.in, c.token);
    }
    SECTION("inside a list")
    {
        std::string const in = R"({"tasks":[{},{},{},{"status":1}]})";
        auto e = fails<List>(in);
        CHECK_ERR(e, ng::errc::type_mismatch, "$.tasks[3].status", "expected a string, got a number");
        CHECK_AT(e, in, "1}");
    }
    SECTION("syntax errors point at the bad byte")
    {
        std::string const in = R"({"taskId":"t" "source":"s"})";
        auto e = fails<Get>(in);
        CHECK(e.code == boost::json::condition::parse_error);
        CHECK(e.offset == in.find(" \"source\"") + 1);
    }
    SECTION("missing members point at the end of their object")
    {
        std::string const in = R"({"importTaskDetails":{"status":"s"},"taskId":"t"})";
        auto e = fails<Get>(in, strict_options());
        CHECK(e.path == "$.importTaskDetails");
        CHECK_AT(e, in, "}");
    }
}
