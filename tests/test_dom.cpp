// DOM interop: boost::json::value_from / value_to / try_value_to on every shape,
// following exactly the wire rules of text decoding and encoding.
#include <neptune_graph/json/dom.hpp>
#include <neptune_graph/neptune_graph.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>

namespace ng = neptune_graph;
namespace bj = boost::json;

namespace {

// value_from(x) is exactly `json`; value_to and try_value_to of it give x back.
template <class T>
void check_dom_both_ways(T const& x, char const* json)
{
    bj::value const expected = bj::parse(json);
    CAPTURE(json);
    CHECK(bj::value_from(x) == expected);
    CHECK(bj::value_to<T>(expected) == x);
    auto r = bj::try_value_to<T>(expected);
    REQUIRE(r.has_value());
    CHECK(*r == x);
}

// value_to<T>(jv) throws error_exception with this code and path; try_value_to
// returns the same code instead of throwing.
// `shown` describes jv in failure messages (default: its serialization; Boost's
// serializer is very slow on thousands of nesting levels).
template <class T>
ng::error value_to_error(bj::value const& jv, boost::system::error_code expected_code,
                         std::string const& expected_path, std::string shown = {})
{
    if(shown.empty())
        shown = bj::serialize(jv);
    CAPTURE(shown);
    ng::error caught;
    bool threw = false;
    try
    {
        (void)bj::value_to<T>(jv);
    }
    catch(ng::error_exception const& e)
    {
        threw = true;
        caught = e.error();
        CHECK(std::string(e.what()) == caught.what());
    }
    CHECK(threw);
    CHECK(caught.code == expected_code);
    CHECK(caught.path == expected_path);
    CHECK(caught.offset == 0);  // no text: no byte offset
    auto r = bj::try_value_to<T>(jv);
    CHECK_FALSE(r.has_value());
    if(!r.has_value())
        CHECK(r.error() == expected_code);
    return caught;
}

bool contains(std::string const& s, std::string const& part) { return s.find(part) != std::string::npos; }

bj::value nested_arrays(int n)
{
    bj::value v = 1;
    for(int i = 0; i < n; ++i)
    {
        bj::array a;  // not bj::array{v}: an initializer list copies v
        a.push_back(std::move(v));
        v = std::move(a);
    }
    return v;
}

ng::GetImportTaskOutput full_get_output()
{
    ng::GetImportTaskOutput g;
    g.graphId = "g-0123456789";
    g.taskId = "t-0123456789";
    g.source = "s3://bucket/prefix/";
    g.format = ng::Format::CSV;
    g.parquetType = ng::ParquetType::COLUMNAR;
    g.roleArn = "arn:aws:iam::123456789012:role/ImportRole";
    g.status = ng::ImportTaskStatus::IMPORTING;
    ng::NeptuneImportOptions n;
    n.s3ExportPath = "s3://export/path";
    n.s3ExportKmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/k";
    n.preserveDefaultVertexLabels = true;
    n.preserveEdgeIds = false;
    g.importOptions = ng::ImportOptions{n};
    ng::ImportTaskDetails d;
    d.status = "LOADING";
    d.startTime = ng::timestamp::from_seconds(1732300000, 123000);
    d.timeElapsedSeconds = 3600;
    d.progressPercentage = 42;
    d.errorCount = 1;
    d.errorDetails = "one bad line";
    d.statementCount = 9000000000;
    d.dictionaryEntryCount = 12;
    g.importTaskDetails = d;
    g.attemptNumber = 2;
    g.statusReason = "caf\xC3\xA9 \"quoted\"\n";
    return g;
}

constexpr char const* full_get_output_json =
    R"({"graphId":"g-0123456789","taskId":"t-0123456789","source":"s3://bucket/prefix/",)"
    R"("format":"CSV","parquetType":"COLUMNAR","roleArn":"arn:aws:iam::123456789012:role/ImportRole",)"
    R"("status":"IMPORTING","importOptions":{"neptune":{"s3ExportPath":"s3://export/path",)"
    R"("s3ExportKmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/k",)"
    R"("preserveDefaultVertexLabels":true,"preserveEdgeIds":false}},)"
    R"("importTaskDetails":{"status":"LOADING","startTime":1732300000.123,"timeElapsedSeconds":3600,)"
    R"("progressPercentage":42,"errorCount":1,"errorDetails":"one bad line",)"
    R"("statementCount":9000000000,"dictionaryEntryCount":12},)"
    R"("attemptNumber":2,"statusReason":"café \"quoted\"\n"})";

ng::ImportTaskSummary summary(char const* id, ng::open_enum<ng::ImportTaskStatus> status)
{
    ng::ImportTaskSummary s;
    s.taskId = id;
    s.source = "s3://b";
    s.roleArn = "arn:r";
    s.status = status;
    return s;
}

} // namespace

// ---------------------------------------------------------------------------

TEST_CASE("value_from and value_to map every shape to and from its wire JSON")
{
    SECTION("CancelImportTaskInput / GetImportTaskInput")
    {
        check_dom_both_ways(ng::CancelImportTaskInput{"t-0123456789"}, R"({"taskIdentifier":"t-0123456789"})");
        check_dom_both_ways(ng::GetImportTaskInput{"t-abcdefghij"}, R"({"taskIdentifier":"t-abcdefghij"})");
    }
    SECTION("CancelImportTaskOutput, absent optionals omitted")
    {
        ng::CancelImportTaskOutput c;
        c.taskId = "t-0123456789";
        c.source = "s3://b/k";
        c.roleArn = "arn:r";
        c.status = ng::ImportTaskStatus::CANCELLING;
        check_dom_both_ways(c, R"({"taskId":"t-0123456789","source":"s3://b/k","roleArn":"arn:r","status":"CANCELLING"})");
        c.graphId = "g-0123456789";
        c.format = ng::Format::OPEN_CYPHER;
        check_dom_both_ways(c, R"({"graphId":"g-0123456789","taskId":"t-0123456789","source":"s3://b/k",)"
                               R"("format":"OPEN_CYPHER","roleArn":"arn:r","status":"CANCELLING"})");
    }
    SECTION("GetImportTaskOutput with every member")
    {
        check_dom_both_ways(full_get_output(), full_get_output_json);
    }
    SECTION("ListImportTasksInput")
    {
        check_dom_both_ways(ng::ListImportTasksInput{}, "{}");
        check_dom_both_ways(ng::ListImportTasksInput{std::string("tok=="), 100},
                            R"({"nextToken":"tok==","maxResults":100})");
    }
    SECTION("ListImportTasksOutput and ImportTaskSummary")
    {
        ng::ListImportTasksOutput l;
        check_dom_both_ways(l, R"({"tasks":[]})");
        l.tasks.push_back(summary("t-1", ng::ImportTaskStatus::SUCCEEDED));
        l.tasks.push_back(summary("t-2", ng::open_enum<ng::ImportTaskStatus>::from_string("PAUSED_2031")));
        l.nextToken = "next";
        check_dom_both_ways(l, R"({"tasks":[)"
                               R"({"taskId":"t-1","source":"s3://b","roleArn":"arn:r","status":"SUCCEEDED"},)"
                               R"({"taskId":"t-2","source":"s3://b","roleArn":"arn:r","status":"PAUSED_2031"}],)"
                               R"("nextToken":"next"})");
        ng::ImportTaskSummary s = summary("t-3", ng::ImportTaskStatus::FAILED);
        s.format = ng::Format::PARQUET;
        s.parquetType = ng::ParquetType::COLUMNAR;
        check_dom_both_ways(s, R"({"taskId":"t-3","source":"s3://b","format":"PARQUET",)"
                               R"("parquetType":"COLUMNAR","roleArn":"arn:r","status":"FAILED"})");
    }
    SECTION("ImportTaskDetails: whole-second timestamp is an integer")
    {
        ng::ImportTaskDetails d;
        d.status = "";
        d.startTime = ng::timestamp::from_seconds(-5);
        d.timeElapsedSeconds = std::numeric_limits<std::int64_t>::min();
        d.progressPercentage = std::numeric_limits<std::int32_t>::max();
        d.errorCount = std::numeric_limits<std::int32_t>::min();
        d.statementCount = std::numeric_limits<std::int64_t>::max();
        check_dom_both_ways(d, R"({"status":"","startTime":-5,"timeElapsedSeconds":-9223372036854775808,)"
                               R"("progressPercentage":2147483647,"errorCount":-2147483648,)"
                               R"("statementCount":9223372036854775807,"dictionaryEntryCount":0})");
        CHECK(bj::value_from(d).at("startTime").is_int64());
    }
    SECTION("ImportOptions and NeptuneImportOptions")
    {
        ng::NeptuneImportOptions n{"s3://p", "kms", std::nullopt, true};
        check_dom_both_ways(n, R"({"s3ExportPath":"s3://p","s3ExportKmsKeyId":"kms","preserveEdgeIds":true})");
        check_dom_both_ways(ng::ImportOptions{n},
                            R"({"neptune":{"s3ExportPath":"s3://p","s3ExportKmsKeyId":"kms","preserveEdgeIds":true}})");
    }
    SECTION("the modeled errors")
    {
        check_dom_both_ways(ng::ThrottlingException{"slow down"}, R"({"message":"slow down"})");
        check_dom_both_ways(ng::ValidationException{"bad", ng::ValidationExceptionReason::BAD_REQUEST},
                            R"({"message":"bad","reason":"BAD_REQUEST"})");
        check_dom_both_ways(ng::ValidationException{"bad", std::nullopt}, R"({"message":"bad"})");
        check_dom_both_ways(ng::ConflictException{"busy", ng::ConflictExceptionReason::CONCURRENT_MODIFICATION},
                            R"({"message":"busy","reason":"CONCURRENT_MODIFICATION"})");
        check_dom_both_ways(ng::InternalServerException{"oops"}, R"({"message":"oops"})");
        check_dom_both_ways(ng::ResourceNotFoundException{"\xE4\xB8\xAD"}, R"({"message":"中"})");
    }
    SECTION("open_enum and timestamp convert on their own")
    {
        CHECK(bj::value_from(ng::open_enum<ng::Format>(ng::Format::NTRIPLES)) == bj::value("NTRIPLES"));
        CHECK(bj::value_from(ng::open_enum<ng::Format>::from_string("ORC")) == bj::value("ORC"));
        auto f = bj::value_to<ng::open_enum<ng::Format>>(bj::value("ORC"));
        CHECK_FALSE(f.known());
        CHECK(f.str() == "ORC");
        CHECK(bj::value_to<ng::open_enum<ng::Format>>(bj::value("CSV")) == ng::Format::CSV);
        CHECK(bj::value_from(ng::timestamp{1732300000500000}) == bj::value(1732300000.5));
        CHECK(bj::value_from(ng::timestamp{1732300000000000}) == bj::value(std::int64_t(1732300000)));
        CHECK(bj::value_to<ng::timestamp>(bj::value(1732300000.5)).microseconds == 1732300000500000);
    }
}

TEST_CASE("value_to keeps an unknown enum value as its exact string")
{
    auto g = bj::value_to<ng::GetImportTaskOutput>(
        bj::parse(R"({"taskId":"t","source":"s","roleArn":"r","status":"PAUSED_2031","format":"csv"})"));
    CHECK_FALSE(g.status.known());
    CHECK(g.status.str() == "PAUSED_2031");
    REQUIRE(g.format);
    CHECK_FALSE(g.format->known());
    CHECK(g.format->str() == "csv");
    // ... and it goes back out unchanged.
    CHECK(bj::value_from(g).at("status") == "PAUSED_2031");
    CHECK(bj::value_from(g).at("format") == "csv");
}

TEST_CASE("value_to treats null as absent")
{
    auto g = bj::value_to<ng::GetImportTaskOutput>(bj::parse(
        R"({"graphId":null,"taskId":"t","source":"s","format":null,"roleArn":"r","status":"FAILED",)"
        R"("importOptions":null,"importTaskDetails":null,"attemptNumber":null,"statusReason":null})"));
    CHECK_FALSE(g.graphId);
    CHECK_FALSE(g.format);
    CHECK_FALSE(g.importOptions);
    CHECK_FALSE(g.importTaskDetails);
    CHECK_FALSE(g.attemptNumber);
    CHECK_FALSE(g.statusReason);
    CHECK(g.status == ng::ImportTaskStatus::FAILED);

    auto l = bj::value_to<ng::ListImportTasksOutput>(bj::parse(R"({"tasks":null,"nextToken":null})"));
    CHECK(l.tasks.empty());
    CHECK_FALSE(l.nextToken);

    // A required member that is null or absent: lenient by default.
    auto c = bj::value_to<ng::CancelImportTaskOutput>(bj::parse(R"({"taskId":null,"status":"CANCELLED"})"));
    CHECK(c.taskId.empty());
    CHECK(c.status == ng::ImportTaskStatus::CANCELLED);
}

TEST_CASE("value_to follows the union rules")
{
    auto get = [](char const* import_options) {
        return bj::parse(std::string(R"({"taskId":"t","source":"s","roleArn":"r","status":"X","importOptions":)") +
                         import_options + "}");
    };
    SECTION("one known member")
    {
        auto g = bj::value_to<ng::GetImportTaskOutput>(get(R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})"));
        REQUIRE(g.importOptions);
        REQUIRE_FALSE(g.importOptions->is_unknown());
        CHECK(g.importOptions->tag() == "neptune");
        auto const& n = boost::variant2::get<ng::NeptuneImportOptions>(g.importOptions->value);
        CHECK(n.s3ExportPath == "p");
        CHECK(n.s3ExportKmsKeyId == "k");
        CHECK_FALSE(n.preserveEdgeIds);
    }
    SECTION("one unknown member keeps its tag and its value as JSON text")
    {
        bj::value jv = get(R"({"s3":{"bucket":"b","n":[1,true,null,"\u0001"]}})");
        auto g = bj::value_to<ng::GetImportTaskOutput>(jv);
        REQUIRE(g.importOptions);
        REQUIRE(g.importOptions->is_unknown());
        CHECK(g.importOptions->tag() == "s3");
        auto const& u = boost::variant2::get<ng::unknown_member>(g.importOptions->value);
        CHECK(u.tag == "s3");
        CHECK(u.json == R"({"bucket":"b","n":[1,true,null,"\u0001"]})");
        CHECK(bj::parse(u.json) == jv.at("importOptions").at("s3"));
    }
    SECTION("__type and null members are ignored")
    {
        auto g = bj::value_to<ng::GetImportTaskOutput>(
            get(R"({"__type":"com.amazonaws#ImportOptions","s3":null,"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}})"));
        REQUIRE(g.importOptions);
        CHECK(g.importOptions->tag() == "neptune");
        auto h = bj::value_to<ng::GetImportTaskOutput>(get(R"({"neptune":null,"s3":"x"})"));
        REQUIRE(h.importOptions);
        CHECK(h.importOptions->is_unknown());
        CHECK(boost::variant2::get<ng::unknown_member>(h.importOptions->value).json == R"("x")");
    }
    SECTION("an empty union, or one of only nulls, is an error")
    {
        for(char const* u : {"{}", R"({"neptune":null})", R"({"__type":"T","s3":null})"})
        {
            ng::error e = value_to_error<ng::GetImportTaskOutput>(get(u), ng::errc::union_empty, "$.importOptions");
            CHECK(contains(e.message, "ImportOptions must have exactly one member set"));
        }
    }
    SECTION("two members set is an error naming both")
    {
        // The path names the member that made it two, as text decoding does.
        bj::value const jv = get(R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"},"s3":{}})");
        ng::error e = value_to_error<ng::GetImportTaskOutput>(jv, ng::errc::union_multiple, "$.importOptions.s3");
        CHECK(contains(e.message, "ImportOptions must have exactly one member set"));
        CHECK(contains(e.message, "'neptune'"));
        CHECK(contains(e.message, "'s3'"));
        auto text = ng::decode<ng::GetImportTaskOutput>(bj::serialize(jv));
        REQUIRE_FALSE(text.has_value());
        CHECK(text.error().path == e.path);
        CHECK(text.error().message == e.message);
    }
    SECTION("a union that is not an object is an error")
    {
        for(char const* u : {"[]", R"("neptune")", "1", "true"})
            value_to_error<ng::GetImportTaskOutput>(get(u), ng::errc::type_mismatch, "$.importOptions");
    }
    SECTION("a bare ImportOptions")
    {
        auto o = bj::value_to<ng::ImportOptions>(bj::parse(R"({"gcs":[1,2]})"));
        CHECK(o.tag() == "gcs");
        value_to_error<ng::ImportOptions>(bj::parse("{}"), ng::errc::union_empty, "$");
    }
}

TEST_CASE("value_to reports type errors with the path of the bad value")
{
    SECTION("$.tasks[1].status")
    {
        bj::value jv = bj::parse(R"({"tasks":[)"
                                 R"({"taskId":"t-1","source":"s","roleArn":"r","status":"SUCCEEDED"},)"
                                 R"({"taskId":"t-2","source":"s","roleArn":"r","status":5}]})");
        ng::error e = value_to_error<ng::ListImportTasksOutput>(jv, ng::errc::type_mismatch, "$.tasks[1].status");
        CHECK(contains(e.message, "expected a string"));
        CHECK(contains(e.message, "got a number"));
        CHECK(e.what() == "$.tasks[1].status: " + e.message);
    }
    SECTION("integers: strings, fractions and out-of-range values")
    {
        auto details = [](char const* member, bj::value v) {
            bj::value jv = bj::parse(R"({"taskId":"t","source":"s","roleArn":"r","status":"X",)"
                                     R"("importTaskDetails":{"status":"s","startTime":1}})");
            jv.at("importTaskDetails").as_object()[member] = std::move(v);
            return jv;
        };
        value_to_error<ng::GetImportTaskOutput>(details("timeElapsedSeconds", "12"), ng::errc::type_mismatch,
                                                "$.importTaskDetails.timeElapsedSeconds");
        ng::error e = value_to_error<ng::GetImportTaskOutput>(
            details("progressPercentage", 1.5), ng::errc::not_integer, "$.importTaskDetails.progressPercentage");
        CHECK(contains(e.message, "not an integer"));
        value_to_error<ng::GetImportTaskOutput>(details("errorCount", std::int64_t(2147483648)),
                                                ng::errc::out_of_range, "$.importTaskDetails.errorCount");
        value_to_error<ng::GetImportTaskOutput>(details("statementCount", std::uint64_t(18446744073709551615ull)),
                                                ng::errc::out_of_range, "$.importTaskDetails.statementCount");
        value_to_error<ng::GetImportTaskOutput>(details("startTime", "1732300000"), ng::errc::type_mismatch,
                                                "$.importTaskDetails.startTime");
        value_to_error<ng::GetImportTaskOutput>(details("startTime", true), ng::errc::type_mismatch,
                                                "$.importTaskDetails.startTime");
        // An integral double is an exact integer.
        auto g = bj::value_to<ng::GetImportTaskOutput>(details("dictionaryEntryCount", 2.0));
        CHECK(g.importTaskDetails->dictionaryEntryCount == 2);
    }
    SECTION("booleans are true/false only")
    {
        value_to_error<ng::NeptuneImportOptions>(
            bj::parse(R"({"s3ExportPath":"p","s3ExportKmsKeyId":"k","preserveEdgeIds":"true"})"),
            ng::errc::type_mismatch, "$.preserveEdgeIds");
        value_to_error<ng::ImportOptions>(
            bj::parse(R"({"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k","preserveDefaultVertexLabels":1}})"),
            ng::errc::type_mismatch, "$.neptune.preserveDefaultVertexLabels");
    }
    SECTION("the top level must be an object")
    {
        value_to_error<ng::GetImportTaskOutput>(bj::parse("[1]"), ng::errc::type_mismatch, "$");
        value_to_error<ng::CancelImportTaskInput>(bj::value("t-1"), ng::errc::type_mismatch, "$");
        value_to_error<ng::ImportOptions>(bj::value(nullptr), ng::errc::type_mismatch, "$");
    }
    SECTION("a list that is not an array")
    {
        value_to_error<ng::ListImportTasksOutput>(bj::parse(R"({"tasks":{}})"), ng::errc::type_mismatch, "$.tasks");
        value_to_error<ng::ListImportTasksOutput>(bj::parse(R"({"tasks":["t-1"]})"), ng::errc::type_mismatch,
                                                  "$.tasks[0]");
    }
}

TEST_CASE("value_to refuses what text decoding refuses: invalid UTF-8, NaN and Infinity")
{
    // A DOM can hold what no valid JSON text can; the rules are the same for both.
    SECTION("a string member that is not UTF-8")
    {
        bj::value jv = {{"taskIdentifier", "t-\xFF"}};
        CHECK_FALSE(ng::decode<ng::CancelImportTaskInput>(std::string(R"({"taskIdentifier":"t-)") + "\xFF\"}")
                        .has_value());
        auto r = ng::decode<ng::CancelImportTaskInput>(jv);
        CHECK_FALSE(r.has_value());
        if(!r.has_value())
            CHECK(r.error().path == "$.taskIdentifier");
        CHECK_THROWS_AS(bj::value_to<ng::CancelImportTaskInput>(jv), ng::error_exception);
        CHECK_FALSE(bj::try_value_to<ng::CancelImportTaskInput>(jv).has_value());
    }
    SECTION("an object key that is not UTF-8, even one the model does not know")
    {
        bj::value jv = {{"taskIdentifier", "t-1"}, {"x\xC3", 1}};
        CHECK_FALSE(ng::decode<ng::CancelImportTaskInput>(std::string(R"({"taskIdentifier":"t-1","x)") + "\xC3\":1}")
                        .has_value());
        CHECK_FALSE(ng::decode<ng::CancelImportTaskInput>(jv).has_value());
    }
    SECTION("a timestamp that is NaN or infinite")
    {
        for(double d : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                        -std::numeric_limits<double>::infinity()})
        {
            CAPTURE(d);
            bj::value jv = {{"status", "s"}, {"startTime", d}};
            auto r = ng::decode<ng::ImportTaskDetails>(jv);
            INFO("decoded startTime: " << (r.has_value() ? std::to_string(r->startTime.microseconds) : "-"));
            CHECK_FALSE(r.has_value());
            if(!r.has_value())
                CHECK(r.error().path == "$.startTime");
            CHECK_FALSE(bj::try_value_to<ng::ImportTaskDetails>(jv).has_value());
        }
    }
    SECTION("an integer that is NaN or infinite")
    {
        for(double d : {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()})
        {
            CAPTURE(d);
            bj::value jv = bj::parse(R"({"taskId":"t","source":"s","roleArn":"r","status":"X"})");
            jv.as_object()["attemptNumber"] = d;
            auto r = ng::decode<ng::GetImportTaskOutput>(jv);
            CHECK_FALSE(r.has_value());
            if(!r.has_value())
                CHECK(r.error().path == "$.attemptNumber");
        }
    }
}

TEST_CASE("DOM timestamps: a double or an integer of epoch seconds")
{
    auto start = [](bj::value v) {
        bj::value jv = {{"status", "s"}, {"startTime", std::move(v)}};
        return bj::value_to<ng::ImportTaskDetails>(jv).startTime.microseconds;
    };
    CHECK(start(1732300000.5) == 1732300000500000);
    CHECK(start(1732300000.123) == 1732300000123000);
    CHECK(start(-1.5) == -1500000);
    CHECK(start(std::int64_t(1732300000)) == 1732300000000000);
    CHECK(start(std::int64_t(-1)) == -1000000);
    CHECK(start(std::int64_t(0)) == 0);
    CHECK(start(std::uint64_t(1732300000)) == 1732300000000000);
    CHECK(start(1.7323e9) == 1732300000000000);
    // Past the int64 microsecond range: an error, not a wrapped value.
    bj::value big = {{"status", "s"}, {"startTime", std::int64_t(9223372036855)}};
    value_to_error<ng::ImportTaskDetails>(big, ng::errc::out_of_range, "$.startTime");
}

TEST_CASE("value_from refuses what encode refuses")
{
    SECTION("an unknown union member")
    {
        ng::GetImportTaskOutput g = full_get_output();
        g.importOptions->value.emplace<ng::unknown_member>(ng::unknown_member{"s3", R"({"bucket":"b"})"});
        try
        {
            (void)bj::value_from(g);
            FAIL("value_from accepted an unknown union member");
        }
        catch(ng::error_exception const& e)
        {
            CHECK(e.error().code == ng::errc::unknown_union_member);
            CHECK(e.error().path == "$.importOptions");
            CHECK(contains(e.error().message, "'s3'"));
        }
        ng::ImportOptions o;
        o.value.emplace<ng::unknown_member>(ng::unknown_member{"gcs", "1"});
        try
        {
            (void)bj::value_from(o);
            FAIL("value_from accepted an unknown union member");
        }
        catch(ng::error_exception const& e)
        {
            CHECK(e.error().code == ng::errc::unknown_union_member);
            CHECK(e.error().path == "$");
        }
    }
    SECTION("a string that is not UTF-8")
    {
        ng::ListImportTasksOutput l;
        l.tasks.push_back(summary("t-1", ng::ImportTaskStatus::FAILED));
        l.tasks.push_back(summary("t-2", ng::ImportTaskStatus::FAILED));
        l.tasks[1].roleArn = "arn:\xC3";
        try
        {
            (void)bj::value_from(l);
            FAIL("value_from accepted invalid UTF-8");
        }
        catch(ng::error_exception const& e)
        {
            CHECK(e.error().code == ng::errc::invalid_utf8);
            CHECK(e.error().path == "$.tasks[1].roleArn");
        }
    }
    SECTION("an enum value outside its enumerators")
    {
        ng::ImportTaskSummary s = summary("t-1", static_cast<ng::ImportTaskStatus>(99));
        try
        {
            (void)bj::value_from(s);
            FAIL("value_from accepted an enumerator that does not exist");
        }
        catch(ng::error_exception const& e)
        {
            CHECK(e.error().code == ng::errc::invalid_value);
            CHECK(e.error().path == "$.status");
        }
    }
}

TEST_CASE("DOM nesting deeper than max_depth is refused with too_deep, not a crash")
{
    // The root object plus `n - 1` arrays under an unknown key: `n` levels.
    auto doc = [](int n) {
        bj::value jv = bj::parse(R"({"taskId":"t","source":"s","roleArn":"r","status":"X"})");
        jv.as_object()["x"] = nested_arrays(n - 1);
        return jv;
    };
    auto doc_text = [](int n) {
        return R"({"taskId":"t","source":"s","roleArn":"r","status":"X","x":)" + std::string(n - 1, '[') + "1" +
               std::string(n - 1, ']') + "}";
    };
    SECTION("the default limit is 64 levels, as for text")
    {
        for(int n : {63, 64})
        {
            CAPTURE(n);
            CHECK(ng::decode<ng::GetImportTaskOutput>(doc(n)).has_value());
            CHECK(ng::decode<ng::GetImportTaskOutput>(doc_text(n)).has_value());
            CHECK_NOTHROW(bj::value_to<ng::GetImportTaskOutput>(doc(n)));
        }
        for(int n : {65, 1000, 20000})
        {
            CAPTURE(n);
            bj::value const jv = doc(n);
            value_to_error<ng::GetImportTaskOutput>(jv, ng::errc::too_deep, "$.x",
                                                    std::to_string(n) + " levels of nesting");
            auto text = ng::decode<ng::GetImportTaskOutput>(doc_text(n));
            REQUIRE_FALSE(text.has_value());
            CHECK(text.error().code == ng::errc::too_deep);
        }
    }
    SECTION("max_depth is an option of DOM decoding too")
    {
        ng::decode_options o;
        o.max_depth = 3;
        bj::value ok = bj::parse(R"({"importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k"}}})");
        CHECK(ng::decode<ng::GetImportTaskOutput>(ok, o).has_value());
        bj::value deep = bj::parse(R"({"importOptions":{"neptune":{"s3ExportPath":"p","s3ExportKmsKeyId":"k","x":[]}}})");
        auto r = ng::decode<ng::GetImportTaskOutput>(deep, o);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::too_deep);
        CHECK(r.error().path == "$.importOptions.neptune.x");
    }
    SECTION("deep nesting inside a known member")
    {
        bj::value jv = bj::parse(R"({"tasks":[{"taskId":"t","source":"s","roleArn":"r","status":"X"}]})");
        jv.at("tasks").at(0).as_object()["x"] = nested_arrays(100);
        value_to_error<ng::ListImportTasksOutput>(jv, ng::errc::too_deep, "$.tasks[0].x");
    }
}

TEST_CASE("decode of a DOM honours strict like text")
{
    ng::decode_options strict;
    strict.strict = true;
    bj::value unknown_enum =
        bj::parse(R"({"tasks":[{"taskId":"t","source":"s","roleArn":"r","status":"PAUSED_2031"}]})");
    CHECK(ng::decode<ng::ListImportTasksOutput>(unknown_enum).has_value());
    auto r = ng::decode<ng::ListImportTasksOutput>(unknown_enum, strict);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ng::errc::unknown_enum_value);
    CHECK(r.error().path == "$.tasks[0].status");
    CHECK(contains(r.error().message, "'PAUSED_2031'"));

    bj::value missing = bj::parse(R"({"tasks":[{"taskId":"t","source":"s","status":"FAILED"}]})");
    CHECK(bj::value_to<ng::ListImportTasksOutput>(missing).tasks.at(0).roleArn.empty());
    auto m = ng::decode<ng::ListImportTasksOutput>(missing, strict);
    REQUIRE_FALSE(m.has_value());
    CHECK(m.error().code == ng::errc::missing_member);
    CHECK(m.error().path == "$.tasks[0]");
    CHECK(contains(m.error().message, "'roleArn'"));
}
