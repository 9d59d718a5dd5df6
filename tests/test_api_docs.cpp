// The examples of the service spec's api-docs/, kept outside the repository at
// ../shared/spec/api-docs/ from its root, as realistic payloads: the API
// reference's Response Syntax of GetImportTask and CancelImportTask and the
// boto3 request/response syntax of get/cancel/list_import_tasks, with real-looking
// ids, an S3 source and a role ARN. Each is decoded member by member, and a
// payload written canonically (model member order, compact) encodes back to the
// same bytes.
#include <neptune_graph/neptune_graph.hpp>

#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ng = neptune_graph;
using ng::Format;
using ng::ImportTaskStatus;

namespace {

template <class T>
T ok(std::string_view in, ng::decode_options const& o = {})
{
    auto r = ng::decode<T>(in, o);
    if(!r)
        FAIL("decode refused " << in << "\n  error: " << r.error().what());
    return *r;
}

ng::decode_options strict()
{
    ng::decode_options o;
    o.strict = true;
    return o;
}

template <class T>
std::string enc(T const& x)
{
    auto r = ng::encode(x);
    if(!r)
        FAIL("encode refused: " << r.error().what());
    return *r;
}

// Canonical: decode (lenient and strict) gives the same value, encode gives the same bytes.
template <class T>
T round_trip(std::string_view canonical)
{
    T const lenient = ok<T>(canonical);
    T const strict_value = ok<T>(canonical, strict());
    CHECK(lenient == strict_value);
    CHECK(enc(lenient) == canonical);
    return lenient;
}

constexpr char const* role_arn = "arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole";
constexpr char const* kms_key =
    "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

// GetImportTask, every member present, in model order, compact.
constexpr char const* get_canonical =
    R"({"graphId":"g-8x2mq4k7pz","taskId":"t-4b9r7c2xqa",)"
    R"("source":"s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/",)"
    R"("format":"PARQUET","parquetType":"COLUMNAR",)"
    R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole","status":"IMPORTING",)"
    R"("importOptions":{"neptune":{"s3ExportPath":"s3://neptune-export-us-east-1/cluster-prod/export-2024-11-22/",)"
    R"("s3ExportKmsKeyId":"arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",)"
    R"("preserveDefaultVertexLabels":true,"preserveEdgeIds":false}},)"
    R"("importTaskDetails":{"status":"LOADING_DATA","startTime":1732300000.123,"timeElapsedSeconds":3725,)"
    R"("progressPercentage":42,"errorCount":3,)"
    R"("errorDetails":"3 records failed to load: invalid edge id at s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/edges-0003.parquet",)"
    R"("statementCount":184467440,"dictionaryEntryCount":2097152},)"
    R"("attemptNumber":1,"statusReason":"Import is in progress"})";

void check_get_members(ng::GetImportTaskOutput const& g)
{
    CHECK(g.graphId == std::string("g-8x2mq4k7pz"));
    CHECK(g.taskId == "t-4b9r7c2xqa");
    CHECK(g.source == "s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/");
    REQUIRE(g.format);
    CHECK(*g.format == Format::PARQUET);
    CHECK(g.format->known());
    REQUIRE(g.parquetType);
    CHECK(*g.parquetType == ng::ParquetType::COLUMNAR);
    CHECK(g.roleArn == role_arn);
    CHECK(g.status == ImportTaskStatus::IMPORTING);
    CHECK(g.status.str() == "IMPORTING");

    REQUIRE(g.importOptions);
    CHECK(g.importOptions->tag() == "neptune");
    CHECK_FALSE(g.importOptions->is_unknown());
    auto const* n = boost::variant2::get_if<ng::NeptuneImportOptions>(&g.importOptions->value);
    REQUIRE(n);
    CHECK(n->s3ExportPath == "s3://neptune-export-us-east-1/cluster-prod/export-2024-11-22/");
    CHECK(n->s3ExportKmsKeyId == kms_key);
    CHECK(n->preserveDefaultVertexLabels == true);
    CHECK(n->preserveEdgeIds == false);

    REQUIRE(g.importTaskDetails);
    ng::ImportTaskDetails const& d = *g.importTaskDetails;
    CHECK(d.status == "LOADING_DATA");
    CHECK(d.startTime == ng::timestamp::from_seconds(1732300000, 123000));
    CHECK(d.startTime.microseconds == 1732300000123000);
    CHECK(d.timeElapsedSeconds == 3725);
    CHECK(d.progressPercentage == 42);
    CHECK(d.errorCount == 3);
    CHECK(d.errorDetails ==
          std::string("3 records failed to load: invalid edge id at "
                      "s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/edges-0003.parquet"));
    CHECK(d.statementCount == 184467440);
    CHECK(d.dictionaryEntryCount == 2097152);

    CHECK(g.attemptNumber == 1);
    CHECK(g.statusReason == std::string("Import is in progress"));
}

} // namespace

// ---------------------------------------------------------------------------
// GetImportTask
// ---------------------------------------------------------------------------

TEST_CASE("api-docs: GetImportTask response, every member, canonical", "[api-docs][get]")
{
    auto g = round_trip<ng::GetImportTaskOutput>(get_canonical);
    check_get_members(g);
}

TEST_CASE("api-docs: GetImportTask response in the API reference's key order", "[api-docs][get]")
{
    // The API reference lists the keys alphabetically (it predates parquetType),
    // and a service body may be pretty-printed: the value is the same, and the
    // encoder writes it back in model order.
    std::string const body = R"({
    "attemptNumber": 1,
    "format": "PARQUET",
    "graphId": "g-8x2mq4k7pz",
    "importOptions": {
        "neptune": {
            "preserveDefaultVertexLabels": true,
            "preserveEdgeIds": false,
            "s3ExportKmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            "s3ExportPath": "s3://neptune-export-us-east-1/cluster-prod/export-2024-11-22/"
        }
    },
    "importTaskDetails": {
        "dictionaryEntryCount": 2097152,
        "errorCount": 3,
        "errorDetails": "3 records failed to load: invalid edge id at s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/edges-0003.parquet",
        "progressPercentage": 42,
        "startTime": 1732300000.123,
        "statementCount": 184467440,
        "status": "LOADING_DATA",
        "timeElapsedSeconds": 3725
    },
    "parquetType": "COLUMNAR",
    "roleArn": "arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole",
    "source": "s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/",
    "status": "IMPORTING",
    "statusReason": "Import is in progress",
    "taskId": "t-4b9r7c2xqa"
}
)";
    auto g = ok<ng::GetImportTaskOutput>(body, strict());
    check_get_members(g);
    CHECK(g == ok<ng::GetImportTaskOutput>(get_canonical));
    CHECK(enc(g) == get_canonical);
}

TEST_CASE("api-docs: GetImportTask response with only the required members", "[api-docs][get]")
{
    std::string const in =
        R"({"taskId":"t-0a1b2c3d4e","source":"s3://my-graph-data/airports/",)"
        R"("roleArn":"arn:aws:iam::123456789012:role/service-role/NeptuneImport","status":"INITIALIZING"})";
    auto g = round_trip<ng::GetImportTaskOutput>(in);
    CHECK(g.taskId == "t-0a1b2c3d4e");
    CHECK(g.source == "s3://my-graph-data/airports/");
    CHECK(g.roleArn == "arn:aws:iam::123456789012:role/service-role/NeptuneImport");
    CHECK(g.status == ImportTaskStatus::INITIALIZING);
    CHECK_FALSE(g.graphId);
    CHECK_FALSE(g.format);
    CHECK_FALSE(g.parquetType);
    CHECK_FALSE(g.importOptions);
    CHECK_FALSE(g.importTaskDetails);
    CHECK_FALSE(g.attemptNumber);
    CHECK_FALSE(g.statusReason);
}

TEST_CASE("api-docs: GetImportTask response of a failed task after a retry", "[api-docs][get]")
{
    std::string const in =
        R"({"graphId":"g-abcdef0123","taskId":"t-9z8y7x6w5v","source":"s3://my-graph-data/rdf/dataset.nt",)"
        R"("format":"NTRIPLES","roleArn":"arn:aws:iam::210987654321:role/GraphImport","status":"FAILED",)"
        R"("importTaskDetails":{"status":"FAILED","startTime":1420070400,"timeElapsedSeconds":86400,)"
        R"j("progressPercentage":100,"errorCount":2147483647,"errorDetails":"Too many errors: \"Invalid IRI\" at line 7\n(see logs)",)j"
        R"("statementCount":9223372036854775807,"dictionaryEntryCount":0},)"
        R"("attemptNumber":3,"statusReason":"The import failed after 3 attempts"})";
    auto g = round_trip<ng::GetImportTaskOutput>(in);
    CHECK(*g.format == Format::NTRIPLES);
    CHECK_FALSE(g.parquetType);
    CHECK(g.status == ImportTaskStatus::FAILED);
    REQUIRE(g.importTaskDetails);
    // boto3 shows startTime as datetime(2015, 1, 1): epoch second 1420070400
    CHECK(g.importTaskDetails->startTime.to_time_point().time_since_epoch() ==
          std::chrono::seconds(1420070400));
    CHECK(g.importTaskDetails->errorCount == 2147483647);
    CHECK(g.importTaskDetails->statementCount == 9223372036854775807);
    CHECK(g.importTaskDetails->errorDetails ==
          std::string("Too many errors: \"Invalid IRI\" at line 7\n(see logs)"));
    CHECK(g.attemptNumber == 3);
}

TEST_CASE("api-docs: status names that only appear in the API reference's prose stay unknown strings",
          "[api-docs][get][enum]")
{
    // The GetImportTask page describes RE_PROVISIONING, ERROR_ENCOUNTERED and
    // ERROR_ENCOUNTERED_ROLLING_BACK, which the model's enum does not have.
    for(char const* s : {"RE_PROVISIONING", "ERROR_ENCOUNTERED", "ERROR_ENCOUNTERED_ROLLING_BACK"})
    {
        INFO(s);
        std::string const in = std::string(R"({"taskId":"t-4b9r7c2xqa","source":"s3://b/",)"
                                           R"("roleArn":"arn:aws:iam::123456789012:role/R","status":")") +
                               s + "\"}";
        auto g = ok<ng::GetImportTaskOutput>(in);
        CHECK_FALSE(g.status.known());
        CHECK(g.status.str() == s);
        CHECK(enc(g) == in);
        CHECK_FALSE(ng::decode<ng::GetImportTaskOutput>(in, strict()).has_value());
    }
}

// ---------------------------------------------------------------------------
// CancelImportTask
// ---------------------------------------------------------------------------

TEST_CASE("api-docs: CancelImportTask response, every member, canonical", "[api-docs][cancel]")
{
    std::string const in =
        R"({"graphId":"g-8x2mq4k7pz","taskId":"t-4b9r7c2xqa",)"
        R"("source":"s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/",)"
        R"("format":"OPEN_CYPHER","parquetType":"COLUMNAR",)"
        R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole","status":"CANCELLING"})";
    auto c = round_trip<ng::CancelImportTaskOutput>(in);
    CHECK(c.graphId == std::string("g-8x2mq4k7pz"));
    CHECK(c.taskId == "t-4b9r7c2xqa");
    CHECK(c.source == "s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/");
    REQUIRE(c.format);
    CHECK(*c.format == Format::OPEN_CYPHER);
    REQUIRE(c.parquetType);
    CHECK(*c.parquetType == ng::ParquetType::COLUMNAR);
    CHECK(c.roleArn == role_arn);
    CHECK(c.status == ImportTaskStatus::CANCELLING);
}

TEST_CASE("api-docs: CancelImportTask response in the API reference's key order", "[api-docs][cancel]")
{
    // { "format", "graphId", "roleArn", "source", "status", "taskId" }
    std::string const body =
        "{\n  \"format\": \"CSV\",\n  \"graphId\": \"g-8x2mq4k7pz\",\n"
        "  \"roleArn\": \"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole\",\n"
        "  \"source\": \"s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/\",\n"
        "  \"status\": \"CANCELLING\",\n  \"taskId\": \"t-4b9r7c2xqa\"\n}";
    auto c = ok<ng::CancelImportTaskOutput>(body, strict());
    CHECK(*c.format == Format::CSV);
    CHECK_FALSE(c.parquetType);
    CHECK(c.status == ImportTaskStatus::CANCELLING);
    CHECK(enc(c) ==
          R"({"graphId":"g-8x2mq4k7pz","taskId":"t-4b9r7c2xqa",)"
          R"("source":"s3://neptune-analytics-import-us-east-1/social-graph/2024-11-22/",)"
          R"("format":"CSV","roleArn":"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole",)"
          R"("status":"CANCELLING"})");
}

// ---------------------------------------------------------------------------
// Requests (boto3 request syntax): the input shapes as JSON
// ---------------------------------------------------------------------------

TEST_CASE("api-docs: request shapes of get/cancel/list_import_tasks", "[api-docs][request]")
{
    // On the wire these members are a URI label and query parameters (the HTTP
    // layer's job); as model values they still encode and decode as JSON.
    SECTION("get_import_task(taskIdentifier='t-4b9r7c2xqa')")
    {
        auto in = round_trip<ng::GetImportTaskInput>(R"({"taskIdentifier":"t-4b9r7c2xqa"})");
        CHECK(in.taskIdentifier == "t-4b9r7c2xqa");
    }
    SECTION("cancel_import_task(taskIdentifier='t-4b9r7c2xqa')")
    {
        auto in = round_trip<ng::CancelImportTaskInput>(R"({"taskIdentifier":"t-4b9r7c2xqa"})");
        CHECK(in.taskIdentifier == "t-4b9r7c2xqa");
    }
    SECTION("list_import_tasks(nextToken='...', maxResults=25)")
    {
        auto in = round_trip<ng::ListImportTasksInput>(
            R"({"nextToken":"eyJsYXN0VGFza0lkIjoidC00YjlyN2MyeHFhIn0=","maxResults":25})");
        CHECK(in.nextToken == std::string("eyJsYXN0VGFza0lkIjoidC00YjlyN2MyeHFhIn0="));
        CHECK(in.maxResults == 25);
    }
    SECTION("list_import_tasks() with no arguments")
    {
        auto in = round_trip<ng::ListImportTasksInput>("{}");
        CHECK_FALSE(in.nextToken);
        CHECK_FALSE(in.maxResults);
    }
}

// ---------------------------------------------------------------------------
// ListImportTasks
// ---------------------------------------------------------------------------

namespace {

struct summary_row
{
    char const* task;
    char const* graph;
    Format format;
    ImportTaskStatus status;
};

// Every ImportTaskStatus (11) and every Format (4).
summary_row const page_rows[] = {
    {"t-a1b2c3d4e5", "g-8x2mq4k7pz", Format::CSV, ImportTaskStatus::INITIALIZING},
    {"t-b2c3d4e5f6", "g-8x2mq4k7pz", Format::OPEN_CYPHER, ImportTaskStatus::EXPORTING},
    {"t-c3d4e5f6g7", "g-1q2w3e4r5t", Format::PARQUET, ImportTaskStatus::ANALYZING_DATA},
    {"t-d4e5f6g7h8", "g-1q2w3e4r5t", Format::NTRIPLES, ImportTaskStatus::IMPORTING},
    {"t-e5f6g7h8i9", "g-zx9cv8bn7m", Format::CSV, ImportTaskStatus::REPROVISIONING},
    {"t-f6g7h8i9j0", "g-zx9cv8bn7m", Format::OPEN_CYPHER, ImportTaskStatus::ROLLING_BACK},
    {"t-g7h8i9j0k1", "g-0000000000", Format::PARQUET, ImportTaskStatus::SUCCEEDED},
    {"t-h8i9j0k1l2", "g-0000000000", Format::NTRIPLES, ImportTaskStatus::FAILED},
    {"t-i9j0k1l2m3", "g-abcdefghij", Format::CSV, ImportTaskStatus::CANCELLING},
    {"t-j0k1l2m3n4", "g-abcdefghij", Format::OPEN_CYPHER, ImportTaskStatus::CANCELLED},
    {"t-k1l2m3n4o5", "g-9876543210", Format::PARQUET, ImportTaskStatus::DELETED},
};

std::string format_name(Format f)
{
    return std::string(ng::open_enum<Format>::name(f));
}

std::string status_name(ImportTaskStatus s)
{
    return std::string(ng::open_enum<ImportTaskStatus>::name(s));
}

// The page written by hand, canonically.
std::string list_page_text()
{
    std::string s = R"({"tasks":[)";
    bool first = true;
    for(auto const& r : page_rows)
    {
        if(!first)
            s += ',';
        first = false;
        s += R"({"graphId":")" + std::string(r.graph) + R"(","taskId":")" + r.task +
             R"(","source":"s3://neptune-analytics-import-us-east-1/)" + r.task + R"(/",)" +
             R"("format":")" + format_name(r.format) + "\",";
        if(r.format == Format::PARQUET)
            s += R"("parquetType":"COLUMNAR",)";
        s += R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole",)";
        s += R"("status":")" + status_name(r.status) + "\"}";
    }
    s += R"(],"nextToken":"AAMA-EFRSURBSGhCb2dIa0VKM2VmVjVzbWx2dGc9PQ"})";
    return s;
}

} // namespace

TEST_CASE("api-docs: ListImportTasks page with every status and every format", "[api-docs][list]")
{
    std::string const text = list_page_text();
    auto page = round_trip<ng::ListImportTasksOutput>(text);

    REQUIRE(page.tasks.size() == std::size(page_rows));
    for(std::size_t i = 0; i < page.tasks.size(); ++i)
    {
        auto const& t = page.tasks[i];
        auto const& r = page_rows[i];
        INFO("tasks[" << i << "] " << r.task);
        CHECK(t.graphId == std::string(r.graph));
        CHECK(t.taskId == r.task);
        CHECK(t.source == std::string("s3://neptune-analytics-import-us-east-1/") + r.task + "/");
        REQUIRE(t.format);
        CHECK(t.format->known());
        CHECK(*t.format == r.format);
        if(r.format == Format::PARQUET)
        {
            REQUIRE(t.parquetType);
            CHECK(*t.parquetType == ng::ParquetType::COLUMNAR);
        }
        else
            CHECK_FALSE(t.parquetType);
        CHECK(t.roleArn == role_arn);
        CHECK(t.status.known());
        CHECK(t.status == r.status);
    }
    CHECK(page.nextToken == std::string("AAMA-EFRSURBSGhCb2dIa0VKM2VmVjVzbWx2dGc9PQ"));

    SECTION("every status and every format is there")
    {
        std::vector<ImportTaskStatus> statuses;
        std::vector<Format> formats;
        for(auto const& t : page.tasks)
        {
            statuses.push_back(*t.status.value());
            formats.push_back(*t.format->value());
        }
        for(auto s : {ImportTaskStatus::INITIALIZING, ImportTaskStatus::EXPORTING,
                      ImportTaskStatus::ANALYZING_DATA, ImportTaskStatus::IMPORTING,
                      ImportTaskStatus::REPROVISIONING, ImportTaskStatus::ROLLING_BACK,
                      ImportTaskStatus::SUCCEEDED, ImportTaskStatus::FAILED,
                      ImportTaskStatus::CANCELLING, ImportTaskStatus::CANCELLED,
                      ImportTaskStatus::DELETED})
            CHECK(std::count(statuses.begin(), statuses.end(), s) == 1);
        for(auto f : {Format::CSV, Format::OPEN_CYPHER, Format::PARQUET, Format::NTRIPLES})
            CHECK(std::count(formats.begin(), formats.end(), f) >= 2);
    }
    SECTION("the nextToken goes into the next request (paginator: nextToken -> nextToken)")
    {
        ng::ListImportTasksInput next;
        next.nextToken = page.nextToken;
        next.maxResults = 11;
        CHECK(enc(next) == R"({"nextToken":"AAMA-EFRSURBSGhCb2dIa0VKM2VmVjVzbWx2dGc9PQ","maxResults":11})");
    }
    SECTION("the page equals the value built in C++")
    {
        ng::ListImportTasksOutput built;
        for(auto const& r : page_rows)
        {
            ng::ImportTaskSummary t;
            t.graphId = r.graph;
            t.taskId = r.task;
            t.source = std::string("s3://neptune-analytics-import-us-east-1/") + r.task + "/";
            t.format = r.format;
            if(r.format == Format::PARQUET)
                t.parquetType = ng::ParquetType::COLUMNAR;
            t.roleArn = role_arn;
            t.status = r.status;
            built.tasks.push_back(t);
        }
        built.nextToken = "AAMA-EFRSURBSGhCb2dIa0VKM2VmVjVzbWx2dGc9PQ";
        CHECK(built == page);
        CHECK(enc(built) == text);
    }
}

TEST_CASE("api-docs: the last ListImportTasks page has no nextToken", "[api-docs][list]")
{
    std::string const in =
        R"({"tasks":[{"taskId":"t-zzzzzzzzzz","source":"s3://my-graph-data/airports/",)"
        R"("roleArn":"arn:aws:iam::123456789012:role/NeptuneAnalyticsImportRole","status":"SUCCEEDED"}]})";
    auto page = round_trip<ng::ListImportTasksOutput>(in);
    REQUIRE(page.tasks.size() == 1);
    CHECK_FALSE(page.tasks[0].graphId);
    CHECK_FALSE(page.tasks[0].format);
    CHECK_FALSE(page.tasks[0].parquetType);
    CHECK(page.tasks[0].status == ImportTaskStatus::SUCCEEDED);
    CHECK_FALSE(page.nextToken);

    auto empty = round_trip<ng::ListImportTasksOutput>(R"({"tasks":[]})");
    CHECK(empty.tasks.empty());
    CHECK_FALSE(empty.nextToken);
}

// ---------------------------------------------------------------------------
// Error shapes
// ---------------------------------------------------------------------------

TEST_CASE("api-docs: ValidationException with each reason", "[api-docs][errors]")
{
    using R = ng::ValidationExceptionReason;
    struct { char const* name; R reason; } const reasons[] = {
        {"CONSTRAINT_VIOLATION", R::CONSTRAINT_VIOLATION}, {"ILLEGAL_ARGUMENT", R::ILLEGAL_ARGUMENT},
        {"MALFORMED_QUERY", R::MALFORMED_QUERY}, {"QUERY_CANCELLED", R::QUERY_CANCELLED},
        {"QUERY_TOO_LARGE", R::QUERY_TOO_LARGE}, {"UNSUPPORTED_OPERATION", R::UNSUPPORTED_OPERATION},
        {"BAD_REQUEST", R::BAD_REQUEST},
    };
    std::string const message =
        "1 validation error detected: Value 't-INVALID' at 'taskIdentifier' failed to satisfy "
        "constraint: Member must satisfy regular expression pattern: t-[a-z0-9]{10}";
    for(auto const& r : reasons)
    {
        INFO(r.name);
        std::string const in =
            R"({"message":")" + message + R"(","reason":")" + r.name + "\"}";
        auto v = round_trip<ng::ValidationException>(in);
        CHECK(v.message == message);
        REQUIRE(v.reason);
        CHECK(v.reason->known());
        CHECK(*v.reason == r.reason);
    }
    SECTION("without a reason")
    {
        auto v = round_trip<ng::ValidationException>(R"({"message":"Invalid maxResults: 0"})");
        CHECK(v.message == "Invalid maxResults: 0");
        CHECK_FALSE(v.reason);
    }
}

TEST_CASE("api-docs: ConflictException with its reason", "[api-docs][errors]")
{
    std::string const in =
        R"({"message":"Import task t-4b9r7c2xqa is already being cancelled","reason":"CONCURRENT_MODIFICATION"})";
    auto c = round_trip<ng::ConflictException>(in);
    CHECK(c.message == "Import task t-4b9r7c2xqa is already being cancelled");
    REQUIRE(c.reason);
    CHECK(*c.reason == ng::ConflictExceptionReason::CONCURRENT_MODIFICATION);

    auto no_reason = round_trip<ng::ConflictException>(R"({"message":"Conflict"})");
    CHECK_FALSE(no_reason.reason);
}

TEST_CASE("api-docs: Throttling, InternalServer and ResourceNotFound exceptions carry a message",
          "[api-docs][errors]")
{
    auto t = round_trip<ng::ThrottlingException>(R"({"message":"Rate exceeded"})");
    CHECK(t.message == "Rate exceeded");

    auto i = round_trip<ng::InternalServerException>(
        R"({"message":"An internal error occurred. Please retry your request."})");
    CHECK(i.message == "An internal error occurred. Please retry your request.");

    auto n = round_trip<ng::ResourceNotFoundException>(
        R"({"message":"Import task t-4b9r7c2xqa does not exist"})");
    CHECK(n.message == "Import task t-4b9r7c2xqa does not exist");

    SECTION("type keys a service adds to error bodies are skipped")
    {
        auto v = ok<ng::ValidationException>(
            R"({"__type":"com.amazonaws.neptunegraph#ValidationException","code":"ValidationException",)"
            R"("message":"Invalid task id","reason":"BAD_REQUEST"})");
        CHECK(v.message == "Invalid task id");
        CHECK(*v.reason == ng::ValidationExceptionReason::BAD_REQUEST);
        CHECK(enc(v) == R"({"message":"Invalid task id","reason":"BAD_REQUEST"})");

        auto r = ok<ng::ResourceNotFoundException>(
            R"({"message":"Import task t-4b9r7c2xqa does not exist","__type":"ResourceNotFoundException"})");
        CHECK(r == n);
    }
}
