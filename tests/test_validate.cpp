// validate(): every constraint of the model at and just past its bounds, the
// paths and messages of violations, strict mode, the generic walk on a type
// of the test's own, the cost of a valid value (no allocation), and the
// ValidationException a list of violations becomes.
#include <neptune_graph/validate.hpp>
#include <neptune_graph/validate.hpp>  // twice: the header is guarded and self-contained

#include <neptune_graph/neptune_graph.hpp>  // all of the codec too: no name clashes
// The rules and the validator themselves (the umbrella only declares validate()
// in separate compilation): this file declares shapes and rules of its own.
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <new>
#include <optional>
#include <string>
#include <vector>

// ---------------------------------------------------------------------------
// Every allocation of the program is counted, so a test can see none happen.
// ---------------------------------------------------------------------------

namespace {
std::size_t allocations = 0;
}

// All the forms a program (or a sanitizer) may route elsewhere, so that
// every pointer is freed by the allocator that made it.
void* operator new(std::size_t n)
{
    ++allocations;
    if(void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, std::nothrow_t const&) noexcept
{
    ++allocations;
    return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, std::nothrow_t const& t) noexcept { return operator new(n, t); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }

namespace ng = neptune_graph;
using ng::validation_errc;

namespace {

std::string const task_id = "t-0123456789";
std::string const graph_id = "g-abcdefghij";
std::string const role_arn = "arn:aws:iam::123456789012:role/NeptuneImport";

ng::ImportTaskSummary valid_summary()
{
    ng::ImportTaskSummary s;
    s.graphId = graph_id;
    s.taskId = task_id;
    s.source = "s3://bucket/data/";
    s.format = ng::Format::CSV;
    s.roleArn = role_arn;
    s.status = ng::ImportTaskStatus::IMPORTING;
    return s;
}

ng::GetImportTaskOutput valid_get_output()
{
    ng::GetImportTaskOutput o;
    o.graphId = graph_id;
    o.taskId = task_id;
    o.source = "s3://bucket/data/";
    o.format = ng::Format::PARQUET;
    o.parquetType = ng::ParquetType::COLUMNAR;
    o.roleArn = "arn:aws:iam::123456789012:role/service-role/a-rather-long-role-name-for-sso";
    o.status = ng::ImportTaskStatus::SUCCEEDED;
    ng::NeptuneImportOptions n;
    n.s3ExportPath = "s3://export-bucket/prefix/";
    n.s3ExportKmsKeyId = "arn:aws:kms:us-east-1:123456789012:key/0123abcd-01ab-23cd-45ef-0123456789ab";
    n.preserveEdgeIds = true;
    o.importOptions = ng::ImportOptions{n};
    ng::ImportTaskDetails d;
    d.status = "IMPORTING";
    d.startTime = ng::timestamp::from_seconds(1732300000, 123000);
    d.progressPercentage = 42;
    o.importTaskDetails = d;
    o.attemptNumber = 1;
    o.statusReason = "on its way";
    return o;
}

ng::ListImportTasksOutput valid_page(std::size_t n)
{
    ng::ListImportTasksOutput page;
    page.tasks.assign(n, valid_summary());
    page.nextToken = std::string(8192, 'n');
    return page;
}

// The one violation `v` is expected to hold.
ng::violation const& only(std::vector<ng::violation> const& v)
{
    REQUIRE(v.size() == 1);
    return v[0];
}

ng::violation const& only_violation_of_task_identifier(std::string const& value)
{
    static std::vector<ng::violation> kept;
    ng::GetImportTaskInput in;
    in.taskIdentifier = value;
    kept = ng::validate(in);
    return only(kept);
}

template <class T>
std::vector<std::string> paths(T const& x, ng::validate_options o = {})
{
    std::vector<std::string> r;
    for(auto const& e : ng::validate(x, o))
        r.push_back(e.path);
    return r;
}

} // namespace

// ---------------------------------------------------------------------------

TEST_CASE("valid values of every shape have no violations, strict or not")
{
    ng::validate_options strict;
    strict.strict = true;
    for(auto o : {ng::validate_options{}, strict})
    {
        CHECK(ng::validate(ng::CancelImportTaskInput{task_id}, o).empty());
        CHECK(ng::validate(ng::GetImportTaskInput{task_id}, o).empty());
        CHECK(ng::validate(ng::ListImportTasksInput{}, o).empty());
        CHECK(ng::validate(ng::ListImportTasksInput{"token", 50}, o).empty());
        CHECK(ng::validate(valid_summary(), o).empty());
        CHECK(ng::validate(valid_get_output(), o).empty());
        CHECK(ng::validate(valid_page(3), o).empty());
        CHECK(ng::validate(ng::ListImportTasksOutput{}, o).empty());  // an empty page is a page
        ng::CancelImportTaskOutput c;
        c.taskId = task_id;
        c.source = "s";
        c.roleArn = role_arn;
        c.status = ng::ImportTaskStatus::CANCELLING;
        CHECK(ng::validate(c, o).empty());
        CHECK(ng::validate(ng::ThrottlingException{"slow down"}, o).empty());
        CHECK(ng::validate(ng::ValidationException{"bad", ng::ValidationExceptionReason::BAD_REQUEST}, o).empty());
        CHECK(ng::validate(ng::ConflictException{"busy", std::nullopt}, o).empty());
        CHECK(ng::validate(ng::InternalServerException{"oops"}, o).empty());
        CHECK(ng::validate(ng::ResourceNotFoundException{"gone"}, o).empty());
    }
}

TEST_CASE("a valid value costs no allocation")
{
    ng::GetImportTaskOutput const get = valid_get_output();
    ng::ListImportTasksOutput const page = valid_page(100);
    ng::ListImportTasksInput const list_in{std::string(8192, 'x'), 100};
    ng::CancelImportTaskInput const cancel_in{task_id};
    ng::validate_options strict;
    strict.strict = true;

    std::size_t const before = allocations;
    bool const all_valid = ng::validate(get).empty() && ng::validate(get, strict).empty() &&
                           ng::validate(page, strict).empty() && ng::validate(list_in).empty() &&
                           ng::validate(cancel_in).empty();
    std::size_t const after = allocations;
    CHECK(all_valid);
    CHECK(after - before == 0);

    // The counter does see allocations: a violation writes its path and message.
    ng::GetImportTaskInput bad{"t-12"};
    std::size_t const before_bad = allocations;
    auto const v = ng::validate(bad);
    CHECK(allocations > before_bad);
    CHECK(v.size() == 1);
}

TEST_CASE("taskIdentifier and taskId: the TaskId pattern t-[a-z0-9]{10}, anchored")
{
    SECTION("valid ids")
    {
        for(char const* id : {"t-0123456789", "t-abcdefghij", "t-z9y8x7w6v5", "t-0000000000"})
        {
            INFO(id);
            CHECK(ng::validate(ng::GetImportTaskInput{id}).empty());
            CHECK(ng::validate(ng::CancelImportTaskInput{id}).empty());
        }
    }

    SECTION("a violation names the value, the pattern and the path")
    {
        ng::violation const& e = only_violation_of_task_identifier("t-12");
        CHECK(e.code == validation_errc::pattern_mismatch);
        CHECK(e.path == "$.taskIdentifier");
        CHECK(e.member == "taskIdentifier");
        CHECK(e.form == ng::value_form::text);
        CHECK(e.value == "t-12");
        CHECK(e.bound == "t-[a-z0-9]{10}");
        CHECK(e.message() == "value 't-12' does not match pattern t-[a-z0-9]{10}");
        CHECK(e.what() == "$.taskIdentifier: value 't-12' does not match pattern t-[a-z0-9]{10}");
    }

    SECTION("invalid ids")
    {
        for(char const* id : {
                "t-ABCDEFGHIJ",   // upper case
                "t-Abcdefghij",
                "T-0123456789",
                "t-012345678",    // 9 characters after t-
                "t-01234567890",  // 11
                "g-0123456789",   // a graph id
                "t_0123456789",
                "t-01234-6789",
                "xt-0123456789",  // junk around a valid id: patterns are anchored
                "t-0123456789x",
                " t-0123456789",
                "t-0123456789 ",
                "t-0123456789\n",
                "/importtasks/t-0123456789",
                "t-0123456789t-0123456789",
                "t-01234567\xC3\xA9",  // 10 code points, one of them not [a-z0-9]
            })
        {
            INFO(id);
            ng::violation const& e = only_violation_of_task_identifier(id);
            CHECK(e.code == validation_errc::pattern_mismatch);
            CHECK(e.path == "$.taskIdentifier");
        }
    }

    SECTION("empty is a value, present: held to the pattern, not reported missing")
    {
        ng::violation const& e = only_violation_of_task_identifier("");
        CHECK(e.code == validation_errc::pattern_mismatch);
        CHECK(e.path == "$.taskIdentifier");
        CHECK(e.value.empty());
        CHECK(e.message() == "value '' does not match pattern t-[a-z0-9]{10}");
    }

    SECTION("in outputs and in list elements")
    {
        ng::ListImportTasksOutput page = valid_page(5);
        page.tasks[3].taskId = "t-TOOSHORT";
        auto const v = ng::validate(page);
        CHECK(only(v).path == "$.tasks[3].taskId");
        CHECK(only(v).message() == "value 't-TOOSHORT' does not match pattern t-[a-z0-9]{10}");

        ng::CancelImportTaskOutput c;
        c.taskId = "t-1";
        c.source = "s";
        c.roleArn = role_arn;
        c.status = ng::ImportTaskStatus::CANCELLED;
        CHECK(only(ng::validate(c)).path == "$.taskId");
    }
}

TEST_CASE("graphId: the GraphId pattern g-[a-z0-9]{10}, optional")
{
    ng::ImportTaskSummary s = valid_summary();
    s.graphId = std::nullopt;
    CHECK(ng::validate(s).empty());
    s.graphId = "g-0123456789";
    CHECK(ng::validate(s).empty());
    for(char const* id : {"", "g-012345678", "g-01234567890", "G-0123456789", "t-0123456789",
                          "g-0123456789 ", "my-graph"})
    {
        INFO(id);
        s.graphId = id;
        auto const v = ng::validate(s);
        CHECK(only(v).code == validation_errc::pattern_mismatch);
        CHECK(only(v).path == "$.graphId");
    }
    s.graphId = "g-12";
    CHECK(only(ng::validate(s)).message() == "value 'g-12' does not match pattern g-[a-z0-9]{10}");
}

TEST_CASE("roleArn: the RoleArn pattern of the model")
{
    ng::ImportTaskSummary s = valid_summary();
    auto violations = [&](std::string const& arn) {
        s.roleArn = arn;
        return ng::validate(s);
    };

    SECTION("valid forms")
    {
        for(char const* arn : {
                "arn:aws:iam::123456789012:role/x",
                "arn:aws:iam::123456789012:role/service-role/x",
                "arn:aws:iam::123456789012:role/a/b/c/NeptuneImport",
                "arn:aws:iam::123456789012:role/service-role/team/x",
                "arn:aws:iam::123456789012:role/With+Plus=Eq,Comma.Dot@At-Dash_Under9",
                "arn:aws-cn:iam::123456789012:role/x",
                "arn:aws-us-gov:iam::123456789012:role/x",
                "arn:aws-iso-b:iam::000000000000:role/x",
                // The pattern lets the last alternative be a path segment itself.
                "arn:aws:iam::123456789012:role/service-role",
            })
        {
            INFO(arn);
            CHECK(violations(arn).empty());
        }
    }

    SECTION("invalid forms")
    {
        for(char const* arn : {
                "arn:aws:iam::12345678901:role/x",    // 11 digits
                "arn:aws:iam::1234567890123:role/x",  // 13
                "arn:aws:iam::12345678901a:role/x",
                "arn:aws:iam::123456789012:role",     // no name
                "arn:aws:iam::123456789012:role/",
                "arn:aws:iam::123456789012:role//x",  // an empty segment
                "arn:aws:iam::123456789012:role/x/",
                "arn:aws:iam::123456789012:role/x y",
                "arn:aws:iam::123456789012:role/x:y",
                "arn:aws:iam::123456789012:role/r\xC3\xB4le",  // \w is ASCII
                "arn:aws:iam::123456789012:user/x",
                "arn:aws:iam::123456789012:roles/x",
                "arn:aws:iam:us-east-1:123456789012:role/x",  // IAM has no region
                "arn:aws:sts::123456789012:role/x",
                "arn:a:ws:iam::123456789012:role/x",  // ':' in the partition
                "arn:aw:iam::123456789012:role/x",
                "ARN:aws:iam::123456789012:role/x",
                "xarn:aws:iam::123456789012:role/x",  // junk around: anchored
                "arn:aws:iam::123456789012:role/x\n",
                "arn:aws:s3:::bucket",
            })
        {
            INFO(arn);
            auto const v = violations(arn);
            CHECK(only(v).code == validation_errc::pattern_mismatch);
            CHECK(only(v).path == "$.roleArn");
        }
    }

    SECTION("the message shows the model's pattern as written")
    {
        CHECK(only(violations("arn:aws:iam::1:role/x")).message() ==
              R"(value 'arn:aws:iam::1:role/x' does not match pattern arn:aws[^:]*:iam::\d{12}:(role|role/service-role)(/[\w+=,.@-]+)+)");
    }

    SECTION("empty is a value, held to the pattern")
    {
        CHECK(only(violations("")).code == validation_errc::pattern_mismatch);
    }
}

TEST_CASE("nextToken: PaginationToken, 1 to 8192 code points, in input and output")
{
    ng::ListImportTasksInput in;
    ng::ListImportTasksOutput out;

    CHECK(ng::validate(in).empty());  // absent
    CHECK(ng::validate(out).empty());

    for(std::size_t n : {std::size_t(1), std::size_t(2), std::size_t(8191), std::size_t(8192)})
    {
        INFO(n);
        in.nextToken = std::string(n, 'a');
        out.nextToken = in.nextToken;
        CHECK(ng::validate(in).empty());
        CHECK(ng::validate(out).empty());
    }

    SECTION("0 is below the minimum")
    {
        in.nextToken = "";
        out.nextToken = "";
        ng::violation const e = only(ng::validate(in));
        CHECK(e.code == validation_errc::length_below_minimum);
        CHECK(e.path == "$.nextToken");
        CHECK(e.message() == "value '' is too short: length 0 is below the minimum 1");
        CHECK(only(ng::validate(out)).path == "$.nextToken");
    }

    SECTION("8193 is above the maximum; the message shows the start of the value only")
    {
        in.nextToken = std::string(8193, 'a');
        out.nextToken = in.nextToken;
        ng::violation const e = only(ng::validate(in));
        CHECK(e.code == validation_errc::length_above_maximum);
        CHECK(e.path == "$.nextToken");
        CHECK(e.message() == "value '" + std::string(128, 'a') +
                               "'... is too long: length 8193 is above the maximum 8192");
        CHECK(only(ng::validate(out)).code == validation_errc::length_above_maximum);
    }

    SECTION("lengths count code points, not bytes")
    {
        std::string const e_acute = "\xC3\xA9";           // 2 bytes
        std::string const emoji = "\xF0\x9F\x98\x80";     // 4 bytes
        in.nextToken = [&] { std::string s; for(int i = 0; i < 8192; ++i) s += emoji; return s; }();
        CHECK(ng::validate(in).empty());  // 32768 bytes, 8192 code points
        *in.nextToken += e_acute;
        CHECK(only(ng::validate(in)).message().find("length 8193 is above the maximum 8192") !=
              std::string::npos);
        in.nextToken = e_acute;
        CHECK(ng::validate(in).empty());
    }
}

TEST_CASE("maxResults: MaxResults, 1 to 100")
{
    ng::ListImportTasksInput in;
    for(std::int32_t n : {1, 2, 50, 99, 100})
    {
        INFO(n);
        in.maxResults = n;
        CHECK(ng::validate(in).empty());
    }

    in.maxResults = 0;
    ng::violation e = only(ng::validate(in));
    CHECK(e.code == validation_errc::value_below_minimum);
    CHECK(e.path == "$.maxResults");
    CHECK(e.message() == "value 0 is below the minimum 1");

    in.maxResults = 101;
    e = only(ng::validate(in));
    CHECK(e.code == validation_errc::value_above_maximum);
    CHECK(e.path == "$.maxResults");
    CHECK(e.message() == "value 101 is above the maximum 100");

    in.maxResults = -1;
    CHECK(only(ng::validate(in)).code == validation_errc::value_below_minimum);
    in.maxResults = std::numeric_limits<std::int32_t>::min();
    CHECK(only(ng::validate(in)).message() == "value -2147483648 is below the minimum 1");
    in.maxResults = std::numeric_limits<std::int32_t>::max();
    CHECK(only(ng::validate(in)).code == validation_errc::value_above_maximum);
}

TEST_CASE("s3ExportPath and s3ExportKmsKeyId: 1 to 1024 code points, required")
{
    ng::GetImportTaskOutput o = valid_get_output();
    auto& neptune = boost::variant2::get<ng::NeptuneImportOptions>(o.importOptions->value);
    std::string const euro = "\xE2\x82\xAC";  // 3 bytes
    auto times = [](std::string const& s, std::size_t n) {
        std::string r;
        for(std::size_t i = 0; i < n; ++i)
            r += s;
        return r;
    };

    for(std::size_t n : {std::size_t(1), std::size_t(1024)})
    {
        INFO(n);
        neptune.s3ExportPath = times("p", n);
        neptune.s3ExportKmsKeyId = times(euro, n);  // 3072 bytes at most
        CHECK(ng::validate(o).empty());
        neptune.s3ExportPath = times("\xF0\x9F\x98\x80", n);
        CHECK(ng::validate(o).empty());
    }

    SECTION("1025 code points are too many, whatever their bytes")
    {
        neptune.s3ExportPath = times(euro, 1025);
        neptune.s3ExportKmsKeyId = times("k", 1025);
        auto const v = ng::validate(o);
        REQUIRE(v.size() == 2);
        CHECK(v[0].path == "$.importOptions.neptune.s3ExportPath");
        CHECK(v[0].code == validation_errc::length_above_maximum);
        CHECK(v[0].message().find("length 1025 is above the maximum 1024") != std::string::npos);
        CHECK(v[1].path == "$.importOptions.neptune.s3ExportKmsKeyId");
        CHECK(v[1].code == validation_errc::length_above_maximum);
    }

    SECTION("341 euro signs are 1023 bytes but 341 code points: fine; 1024 bytes of 'a' also")
    {
        neptune.s3ExportPath = times(euro, 341);
        neptune.s3ExportKmsKeyId = std::string(1024, 'a');
        CHECK(ng::validate(o).empty());
    }

    SECTION("empty is a value, present but too short")
    {
        neptune.s3ExportPath.clear();
        ng::violation const e = only(ng::validate(o));
        CHECK(e.code == validation_errc::length_below_minimum);
        CHECK(e.path == "$.importOptions.neptune.s3ExportPath");
        CHECK(e.message() == "value '' is too short: length 0 is below the minimum 1");
    }
}

TEST_CASE("required means present: a plain member always is")
{
    SECTION("empty strings are values: only their own rules judge them")
    {
        // taskId and roleArn have patterns an empty string fails; source has none.
        CHECK(paths(ng::CancelImportTaskOutput{}) == std::vector<std::string>{"$.taskId", "$.roleArn"});
        CHECK(paths(ng::GetImportTaskOutput{}) == std::vector<std::string>{"$.taskId", "$.roleArn"});
        auto const v = ng::validate(ng::ImportTaskSummary{});
        REQUIRE(v.size() == 2);
        for(auto const& e : v)
            CHECK(e.code == validation_errc::pattern_mismatch);
        ng::ImportTaskSummary s = valid_summary();
        s.source.clear();
        CHECK(ng::validate(s).empty());  // Smithy accepts "source":"" too
    }

    SECTION("an enum holding any value, even an unknown or empty one, is present")
    {
        ng::ImportTaskSummary s = valid_summary();
        s.status = ng::open_enum<ng::ImportTaskStatus>::from_string("PAUSED");
        CHECK(ng::validate(s).empty());
        s.status = ng::open_enum<ng::ImportTaskStatus>{};
        CHECK(ng::validate(s).empty());
        ng::validate_options strict;
        strict.strict = true;  // but strictly, '' names no status
        CHECK(only(ng::validate(s, strict)).code == validation_errc::unknown_enum_value);
    }

    SECTION("numbers, timestamps, lists and strings: strict decoding notices them absent")
    {
        CHECK(ng::validate(ng::ImportTaskDetails{}).empty());
        CHECK(ng::validate(ng::ListImportTasksOutput{}).empty());
        CHECK(ng::validate(ng::ThrottlingException{}).empty());
        ng::decode_options strict;
        strict.strict = true;
        auto r = ng::decode<ng::ThrottlingException>("{}", strict);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ng::errc::missing_member);
    }

    SECTION("inside optional structures and unions, the rules of each shape apply")
    {
        ng::GetImportTaskOutput o = valid_get_output();
        o.importTaskDetails->status.clear();
        boost::variant2::get<ng::NeptuneImportOptions>(o.importOptions->value).s3ExportKmsKeyId.clear();
        CHECK(paths(o) == std::vector<std::string>{"$.importOptions.neptune.s3ExportKmsKeyId"});
    }
}

TEST_CASE("strict mode: unknown enum values and unknown union members")
{
    ng::validate_options strict;
    strict.strict = true;

    SECTION("an unknown enum value is kept by default, a violation when strict")
    {
        ng::ListImportTasksOutput page = valid_page(2);
        page.tasks[1].status = ng::open_enum<ng::ImportTaskStatus>::from_string("PAUSED");
        page.tasks[0].format = ng::open_enum<ng::Format>::from_string("XML");
        CHECK(ng::validate(page).empty());
        auto const v = ng::validate(page, strict);
        REQUIRE(v.size() == 2);
        CHECK(v[0].code == validation_errc::unknown_enum_value);
        CHECK(v[0].path == "$.tasks[0].format");
        CHECK(v[0].message() == "value 'XML' is not in the enum value set [CSV, OPEN_CYPHER, PARQUET, NTRIPLES]");
        CHECK(v[1].path == "$.tasks[1].status");
        CHECK(v[1].message() ==
              "value 'PAUSED' is not in the enum value set [INITIALIZING, EXPORTING, "
              "ANALYZING_DATA, IMPORTING, REPROVISIONING, ROLLING_BACK, SUCCEEDED, FAILED, "
              "CANCELLING, CANCELLED, DELETED]");
    }

    SECTION("enum values of the other enums")
    {
        ng::ValidationException x{"m", ng::open_enum<ng::ValidationExceptionReason>::from_string("NOPE")};
        CHECK(only(ng::validate(x, strict)).path == "$.reason");
        ng::ConflictException c{"m", ng::open_enum<ng::ConflictExceptionReason>::from_string("")};
        CHECK(only(ng::validate(c, strict)).message() ==
              "value '' is not in the enum value set [CONCURRENT_MODIFICATION]");
        ng::GetImportTaskOutput o = valid_get_output();
        o.parquetType = ng::open_enum<ng::ParquetType>::from_string("ROW");
        CHECK(only(ng::validate(o, strict)).path == "$.parquetType");
    }

    SECTION("a value outside the enumerators (a cast) is a violation even when lenient")
    {
        ng::ImportTaskSummary s = valid_summary();
        s.status = static_cast<ng::ImportTaskStatus>(99);
        ng::violation const e = only(ng::validate(s));
        CHECK(e.code == validation_errc::unknown_enum_value);
        CHECK(e.message().rfind("value 99 is not in the enum value set [INITIALIZING, ", 0) == 0);
    }

    SECTION("an unknown union member")
    {
        ng::GetImportTaskOutput o = valid_get_output();
        o.importOptions = ng::ImportOptions{ng::unknown_member{"s3", R"({"bucket":"b"})"}};
        CHECK(ng::validate(o).empty());
        ng::violation const e = only(ng::validate(o, strict));
        CHECK(e.code == validation_errc::unknown_union_member);
        CHECK(e.path == "$.importOptions");
        CHECK(e.message() == "union member 's3' is not one of the known members [neptune]");

        ng::ImportOptions root{ng::unknown_member{"odd key", "1"}};
        CHECK(only(ng::validate(root, strict)).path == "$");
    }
}

TEST_CASE("several violations at once, every one in one list, in model order")
{
    ng::ListImportTasksOutput page = valid_page(4);
    page.tasks[0].taskId = "t-0123456789x";
    page.tasks[0].roleArn = "arn:aws:iam::123:role/x";
    page.tasks[2].source.clear();  // a value: present, and source has no other rule
    page.tasks[2].graphId = "graph";
    page.tasks[3].status = ng::open_enum<ng::ImportTaskStatus>::from_string("PAUSED");
    page.nextToken = std::string(9000, 'z');
    ng::validate_options strict;
    strict.strict = true;

    auto const v = ng::validate(page, strict);
    REQUIRE(v.size() == 5);
    CHECK(v[0].path == "$.tasks[0].taskId");
    CHECK(v[0].code == validation_errc::pattern_mismatch);
    CHECK(v[1].path == "$.tasks[0].roleArn");
    CHECK(v[1].code == validation_errc::pattern_mismatch);
    CHECK(v[2].path == "$.tasks[2].graphId");
    CHECK(v[2].code == validation_errc::pattern_mismatch);
    CHECK(v[3].path == "$.tasks[3].status");
    CHECK(v[3].code == validation_errc::unknown_enum_value);
    CHECK(v[4].path == "$.nextToken");
    CHECK(v[4].code == validation_errc::length_above_maximum);

    CHECK(ng::validate(page).size() == 4);  // all but the unknown status
}

TEST_CASE("the codes form their own error category")
{
    auto const e = only(ng::validate(ng::GetImportTaskInput{"x"}));
    boost::system::error_code const code = e.code;
    CHECK(code.category() == ng::validation_category());
    CHECK(std::string(code.category().name()) == "neptune_graph.validation");
    CHECK(code.message() == "value does not match the pattern");
    CHECK(code != ng::errc::invalid_value);
    boost::system::error_code ec = validation_errc::missing_required;
    CHECK(ec.message() == "required member missing");
}

TEST_CASE("values in messages are quoted, escaped and cut")
{
    ng::GetImportTaskInput in;
    in.taskIdentifier = "it's a \\ back\nslash \x01 and \xFF byte \xC3\xA9";
    CHECK(only(ng::validate(in)).message() ==
          R"(value 'it\'s a \\ back\x0Aslash \x01 and \xFF byte )"
          "\xC3\xA9"
          R"(' does not match pattern t-[a-z0-9]{10})");

    in.taskIdentifier = std::string(127, 'a') + "\xF0\x9F\x98\x80" + "tail";
    CHECK(only(ng::validate(in)).message() ==
          "value '" + std::string(127, 'a') + "\xF0\x9F\x98\x80" + "'... does not match pattern t-[a-z0-9]{10}");
}

// ---------------------------------------------------------------------------
// The ValidationException a server answers with.
// ---------------------------------------------------------------------------

TEST_CASE("one violation: the AWS sentence, reason CONSTRAINT_VIOLATION")
{
    auto const x = ng::to_validation_exception(ng::validate(ng::CancelImportTaskInput{"t-12"}));
    CHECK(x.message ==
          "1 validation error detected: Value 't-12' at 'taskIdentifier' failed to satisfy "
          "constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10}");
    REQUIRE(x.reason.has_value());
    CHECK(*x.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
    // It goes on the wire as it is.
    CHECK(ng::encode(x).value() ==
          R"({"message":"1 validation error detected: Value 't-12' at 'taskIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10}","reason":"CONSTRAINT_VIOLATION"})");
}

TEST_CASE("N violations: counted, each sentence, joined by '; '")
{
    ng::ListImportTasksInput in{"", 0};
    auto const x = ng::to_validation_exception(ng::validate(in));
    CHECK(x.message ==
          "2 validation errors detected: "
          "Value '' at 'nextToken' failed to satisfy constraint: Member must have length greater than or equal to 1; "
          "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
    CHECK(*x.reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
}

TEST_CASE("the AWS sentence of every kind of violation")
{
    ng::validate_options strict;
    strict.strict = true;
    auto sentence = [&](auto const& value) {
        auto const v = ng::validate(value, strict);
        REQUIRE(v.size() == 1);
        std::string m = ng::to_validation_exception(v).message;
        std::string const head = "1 validation error detected: ";
        REQUIRE(m.rfind(head, 0) == 0);
        return m.substr(head.size());
    };

    ng::violation absent;  // what a strict read of a body finds
    absent.code = validation_errc::missing_required;
    absent.path = "$.taskIdentifier";
    CHECK(ng::aws_sentence(absent) ==
          "Value null at 'taskIdentifier' failed to satisfy constraint: Member must not be null");
    CHECK(sentence(ng::GetImportTaskInput{}) ==
          "Value '' at 'taskIdentifier' failed to satisfy constraint: Member must satisfy regular "
          "expression pattern: t-[a-z0-9]{10}");
    CHECK(sentence(ng::ListImportTasksInput{std::string(8193, 'a'), std::nullopt}) ==
          "Value '" + std::string(128, 'a') +
              "'... at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 8192");
    CHECK(sentence(ng::ListImportTasksInput{std::nullopt, 101}) ==
          "Value '101' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100");
    CHECK(sentence(ng::ListImportTasksInput{std::nullopt, -5}) ==
          "Value '-5' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");

    ng::ListImportTasksOutput page = valid_page(4);
    page.tasks[3].taskId = "t-12";
    CHECK(sentence(page) ==
          "Value 't-12' at 'tasks[3].taskId' failed to satisfy constraint: Member must satisfy "
          "regular expression pattern: t-[a-z0-9]{10}");
    page = valid_page(1);
    page.tasks[0].format = ng::open_enum<ng::Format>::from_string("X ML [1]");
    CHECK(sentence(page) ==
          "Value 'X ML [1]' at 'tasks[0].format' failed to satisfy constraint: Member must satisfy "
          "enum value set: [CSV, OPEN_CYPHER, PARQUET, NTRIPLES]");

    ng::GetImportTaskOutput o = valid_get_output();
    o.importOptions = ng::ImportOptions{ng::unknown_member{"s3 'x'", "{}"}};
    CHECK(sentence(o) ==
          R"(Value 's3 \'x\'' at 'importOptions' failed to satisfy constraint: Member must satisfy union member set: [neptune])");

    ng::GetImportTaskInput tricky{"x' does not match pattern y"};
    CHECK(sentence(tricky) ==
          R"(Value 'x\' does not match pattern y' at 'taskIdentifier' failed to satisfy constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10})");
}

TEST_CASE("values that could not be read make the reason BAD_REQUEST")
{
    std::vector<ng::violation> v = ng::validate(ng::ListImportTasksInput{std::nullopt, 0});
    ng::violation unreadable;
    unreadable.code = validation_errc::invalid_type;
    unreadable.path = "$.nextToken";
    unreadable.reason = "'%zz' is not percent-encoded";
    v.push_back(unreadable);
    auto const x = ng::to_validation_exception(v);
    CHECK(x.message ==
          "2 validation errors detected: "
          "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1; "
          "Invalid value at 'nextToken': '%zz' is not percent-encoded");
    CHECK(*x.reason == ng::ValidationExceptionReason::BAD_REQUEST);

    // A value shown, then what is wrong with it; a union without exactly one member.
    unreadable.form = ng::value_form::text;
    unreadable.value = "yes";
    unreadable.path = "$.flag";
    unreadable.reason = "is not true or false";
    ng::violation arity;
    arity.code = validation_errc::union_arity;
    arity.path = "$.importOptions";
    arity.reason = "ImportOptions must have exactly one member set";
    auto const y = ng::to_validation_exception({unreadable, arity});
    CHECK(y.message == "2 validation errors detected: Value 'yes' at 'flag' is not true or false; "
                       "Invalid value at 'importOptions': ImportOptions must have exactly one member set");
    CHECK(*y.reason == ng::ValidationExceptionReason::BAD_REQUEST);
}

// ---------------------------------------------------------------------------
// The walk is generic: a shape of the test's own, with its own constraints.
// ---------------------------------------------------------------------------

namespace gadgets {

inline constexpr char sku_pattern[] = "[A-Z]{3}-\\d+";

struct Part
{
    std::string sku;
    std::uint16_t weight = 0;
};
BOOST_DESCRIBE_STRUCT(Part, (), (sku, weight))

struct Gadget
{
    std::vector<Part> parts;
    std::optional<std::int64_t> serial;
    std::string note;  // not required: an empty note is still checked
    std::optional<std::vector<std::string>> tags;
    std::optional<std::string> unchecked;
};
BOOST_DESCRIBE_STRUCT(Gadget, (), (parts, serial, note, tags, unchecked))

// Only a length: its bounds checked on code points, whatever the bytes.
struct Label
{
    std::string text;
};
BOOST_DESCRIBE_STRUCT(Label, (), (text))

} // namespace gadgets

template <> struct ng::constraints_of<gadgets::Label>
{
    static constexpr auto rules = std::make_tuple(rule(&gadgets::Label::text, ng::length{2, 6}));
};

template <> struct ng::constraints_of<gadgets::Part>
{
    static constexpr auto rules = std::make_tuple(
        rule(&gadgets::Part::sku, ng::required{}, ng::pattern<gadgets::sku_pattern>{}),
        rule(&gadgets::Part::weight, ng::range{1, 1000}));
};

template <> struct ng::constraints_of<gadgets::Gadget>
{
    static constexpr auto rules = std::make_tuple(
        rule(&gadgets::Gadget::parts, ng::length{1, 3}),
        rule(&gadgets::Gadget::serial, ng::range{-5, 5000000000}),
        rule(&gadgets::Gadget::note, ng::length{2, 6}),
        rule(&gadgets::Gadget::note, ng::pattern<gadgets::sku_pattern>{}),  // a second rule, same member
        rule(&gadgets::Gadget::tags, ng::required{}, ng::length{0, 1}));
};

static_assert(ng::detail::rules_name_members<gadgets::Gadget>(), "");

TEST_CASE("a shape of one's own: list lengths, wide ranges, several rules per member")
{
    gadgets::Gadget g;
    g.parts = {{"ABC-1", 5}};
    g.serial = 4999999999;
    g.note = "ABC-1";
    g.tags = std::vector<std::string>{"t"};

    CHECK(ng::validate(g).empty());

    SECTION("two rules on one member both apply")
    {
        g.note = "ABC-123";  // length 7: too long, but the pattern is fine
        auto v = ng::validate(g);
        CHECK(only(v).code == validation_errc::length_above_maximum);
        g.note = "AB-1";
        v = ng::validate(g);
        CHECK(only(v).code == validation_errc::pattern_mismatch);
        g.note = "ABC-";
        CHECK(only(ng::validate(g)).path == "$.note");
    }

    SECTION("every constraint broken once")
    {
        g.parts = {};
        g.serial = 5000000001;
        g.note = "";
        g.tags = std::nullopt;
        auto const v = ng::validate(g);
        REQUIRE(v.size() == 5);
        CHECK(v[0].path == "$.parts");
        CHECK(v[0].message() == "list is too short: length 0 is below the minimum 1");
        CHECK(v[1].path == "$.serial");
        CHECK(v[1].message() == "value 5000000001 is above the maximum 5000000000");
        CHECK(v[2].path == "$.note");
        CHECK(v[2].code == validation_errc::length_below_minimum);
        CHECK(v[3].path == "$.note");
        CHECK(v[3].code == validation_errc::pattern_mismatch);
        CHECK(v[4].path == "$.tags");
        CHECK(v[4].code == validation_errc::missing_required);

        CHECK(ng::to_validation_exception({v[0]}).message ==
              "1 validation error detected: Value at 'parts' failed to satisfy constraint: Member must "
              "have length greater than or equal to 1");
    }

    SECTION("list elements are walked, and an unsigned range checked")
    {
        g.parts = {{"ABC-1", 5}, {"", 0}, {"abc-1", 1001}};
        g.tags = std::vector<std::string>{"a", "b"};
        auto const v = ng::validate(g);
        REQUIRE(v.size() == 5);
        CHECK(v[0].path == "$.parts[1].sku");
        CHECK(v[0].code == validation_errc::pattern_mismatch);  // "" is a value
        CHECK(v[1].path == "$.parts[1].weight");
        CHECK(v[1].message() == "value 0 is below the minimum 1");
        CHECK(v[2].path == "$.parts[2].sku");
        CHECK(v[3].path == "$.parts[2].weight");
        CHECK(v[3].message() == "value 1001 is above the maximum 1000");
        CHECK(v[4].path == "$.tags");
        CHECK(v[4].message() == "list is too long: length 2 is above the maximum 1");
    }
}

TEST_CASE("a string length is its code points, also where the byte count looks decisive")
{
    // validate() only counts code points when the bytes leave the answer open
    // (1 to 4 bytes each): these are the values where they do, and do not.
    std::string const e_acute = "\xC3\xA9";        // 2 bytes
    std::string const euro = "\xE2\x82\xAC";      // 3 bytes
    std::string const emoji = "\xF0\x9F\x98\x80";  // 4 bytes
    struct case_
    {
        std::string text;
        std::size_t code_points;
    };
    case_ const fine[] = {
        {"ab", 2},
        {"abcdef", 6},
        {e_acute + e_acute + e_acute, 3},        // 6 bytes
        {euro + euro + euro, 3},                 // 9 bytes: more bytes than the maximum
        {emoji + emoji + emoji + emoji + emoji + emoji, 6},  // 24 bytes
        {"a" + emoji, 2},                        // 5 bytes
        {"\xFF\xFF", 2},                         // an invalid byte is one
    };
    for(auto const& c : fine)
    {
        INFO(c.text);
        CHECK(ng::validate(gadgets::Label{c.text}).empty());
    }
    case_ const too_short[] = {
        {e_acute, 1},  // 2 bytes: as many as the minimum
        {emoji, 1},    // 4 bytes
        {"\xFF", 1},
        {"", 0},
    };
    for(auto const& c : too_short)
    {
        INFO(c.text);
        ng::violation const e = only(ng::validate(gadgets::Label{c.text}));
        CHECK(e.code == validation_errc::length_below_minimum);
        CHECK(e.message().find("length " + std::to_string(c.code_points) + " is below the minimum 2") !=
              std::string::npos);
    }
    case_ const too_long[] = {
        {"abcdefg", 7},
        {emoji + emoji + emoji + emoji + emoji + emoji + emoji, 7},  // 28 bytes
        {euro + "abcdef", 7},                                         // 9 bytes
    };
    for(auto const& c : too_long)
    {
        INFO(c.text);
        ng::violation const e = only(ng::validate(gadgets::Label{c.text}));
        CHECK(e.code == validation_errc::length_above_maximum);
        CHECK(e.message().find("length 7 is above the maximum 6") != std::string::npos);
    }
}
