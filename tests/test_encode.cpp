// The encode API itself: appending, failures that leave the buffer alone, layout.
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/json/encode.hpp>  // twice: the header is guarded and self-contained
#include <neptune_graph/model.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace ng = neptune_graph;

TEST_CASE("encode_to appends, and restores the buffer when it fails")
{
    ng::ListImportTasksOutput page;
    page.tasks.resize(1);
    page.tasks[0].taskId = "t-0123456789";
    page.tasks[0].status = ng::ImportTaskStatus::CANCELLED;

    std::string out = "HTTP body: ";
    REQUIRE(ng::encode_to(out, page).has_value());
    CHECK(out == R"(HTTP body: {"tasks":[{"taskId":"t-0123456789","source":"","roleArn":"","status":"CANCELLED"}]})");

    page.tasks[0].source = "bad \xC3\x28 utf8";
    std::string keep = "kept";
    auto r = ng::encode_to(keep, page);
    REQUIRE_FALSE(r.has_value());
    CHECK(keep == "kept");
    CHECK(r.error().code == ng::errc::invalid_utf8);
    CHECK(r.error().path == "$.tasks[0].source");
    CHECK(r.error().message == "string is not valid UTF-8 (byte 4)");
}

TEST_CASE("an enumerator outside the described values is refused, not written empty")
{
    ng::CancelImportTaskOutput o;
    o.status = static_cast<ng::ImportTaskStatus>(99);
    auto r = ng::encode(o);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().code == ng::errc::invalid_value);
    CHECK(r.error().path == "$.status");
}

TEST_CASE("pretty printing indents nested objects and lists by two spaces")
{
    ng::ListImportTasksOutput page;
    page.tasks.resize(1);
    page.tasks[0].taskId = "t-0123456789";
    page.tasks[0].format = ng::Format::PARQUET;
    page.tasks[0].status = ng::open_enum<ng::ImportTaskStatus>::from_string("PAUSED");
    page.nextToken = "n";
    ng::encode_options o;
    o.pretty = true;
    CHECK(ng::encode(page, o).value() ==
          "{\n"
          "  \"tasks\": [\n"
          "    {\n"
          "      \"taskId\": \"t-0123456789\",\n"
          "      \"source\": \"\",\n"
          "      \"format\": \"PARQUET\",\n"
          "      \"roleArn\": \"\",\n"
          "      \"status\": \"PAUSED\"\n"
          "    }\n"
          "  ],\n"
          "  \"nextToken\": \"n\"\n"
          "}");
    page.tasks.clear();
    CHECK(ng::encode(page, o).value() == "{\n  \"tasks\": [],\n  \"nextToken\": \"n\"\n}");
}

TEST_CASE("timestamps are written as the shortest exact decimal of seconds")
{
    ng::ImportTaskDetails d;
    auto start = [&](std::int64_t us) {
        d.startTime = ng::timestamp{us};
        std::string s = ng::encode(d).value();
        auto a = s.find("\"startTime\":") + 12;
        return s.substr(a, s.find(',', a) - a);
    };
    CHECK(start(1732300000123000) == "1732300000.123");
    CHECK(start(1732300000000000) == "1732300000");
    CHECK(start(1732300000000001) == "1732300000.000001");
    CHECK(start(0) == "0");
    CHECK(start(-1500000) == "-1.5");
    CHECK(start(-1) == "-0.000001");
    CHECK(start(INT64_MIN) == "-9223372036854.775808");
}
