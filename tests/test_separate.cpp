// The entry points behave the same whether this file is built header-only
// (CMake) or with NEPTUNE_GRAPH_SEPARATE_COMPILATION (the Meson build, where
// they come from <neptune_graph/src.hpp> in another TU). In separate
// compilation this TU also includes the generic validator without the
// service's constraints: the service's entry points must still be the one
// definition made where the constraints are seen, never a local copy without
// them.
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <catch2/catch.hpp>

#include <string>

namespace ng = neptune_graph;

TEST_CASE("separate: validate applies the service's constraints")
{
    ng::GetImportTaskInput in;
    in.taskIdentifier = "not-a-task-id";
    auto v = ng::validate(in);
    REQUIRE(v.size() == 1);
    CHECK(v[0].path == "$.taskIdentifier");
    CHECK(v[0].code == ng::validation_errc::pattern_mismatch);

    in.taskIdentifier = "t-0123456789";
    CHECK(ng::validate(in).empty());
}

TEST_CASE("separate: decode, encode, make_request and route")
{
    std::string const text =
        R"({"taskId":"t-0123456789","source":"s3://b/k","roleArn":"arn:aws:iam::123456789012:role/r",)"
        R"("status":"SUCCEEDED"})";
    auto r = ng::decode<ng::GetImportTaskOutput>(text);
    REQUIRE(r.has_value());
    CHECK(r->taskId == "t-0123456789");
    CHECK(ng::encode(*r).value() == text);

    auto bad = ng::decode<ng::GetImportTaskOutput>(R"({"taskId":7})");
    REQUIRE(bad.has_error());
    CHECK(bad.error().path == "$.taskId");

    auto req = ng::make_request<ng::GetImportTask>(ng::GetImportTaskInput{"t-0123456789"});
    REQUIRE(req.has_value());
    CHECK(req->target == "/importtasks/t-0123456789");
    auto routed = ng::route<ng::operations>(req->method, req->target, req->body);
    REQUIRE(routed.has_value());
    CHECK(boost::variant2::get<ng::GetImportTaskInput>(*routed).taskIdentifier == "t-0123456789");

    // Refused by the constraints, inside route: a ValidationException.
    auto refused = ng::route<ng::operations>("GET", "/importtasks/nope", "");
    REQUIRE(refused.has_error());
    CHECK(refused.error().status == 400);
}
