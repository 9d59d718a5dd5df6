// The ListImportTasks paginator over a fake transport: a lambda serving an
// in-memory list of tasks through the library's own server side (route,
// make_response), so every page crosses the real request and response forms.
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/paginator.hpp>
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/neptune_graph.hpp>
#include <neptune_graph/service/operations.hpp>

#include <boost/variant2/variant.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace ng = neptune_graph;

namespace Catch {
template <class T, class E>
struct StringMaker<boost::system::result<T, E>>
{
    static std::string convert(boost::system::result<T, E> const& r)
    {
        return r ? std::string("{value}") : "{error " + r.error().what() + "}";
    }
};
} // namespace Catch

namespace {

std::string task_id(std::size_t i)
{
    std::string digits = std::to_string(i);
    return "t-" + std::string(10 - digits.size(), '0') + digits;
}

std::vector<ng::ImportTaskSummary> make_tasks(std::size_t n)
{
    std::vector<ng::ImportTaskSummary> tasks(n);
    for(std::size_t i = 0; i < n; ++i)
    {
        tasks[i].taskId = task_id(i);
        tasks[i].source = "s3://bucket/" + std::to_string(i);
        tasks[i].roleArn = "arn:aws:iam::123456789012:role/R";
        tasks[i].status = ng::ImportTaskStatus::SUCCEEDED;
    }
    return tasks;
}

// Tokens with characters that must be escaped in a query, so they are tested too.
std::string token_for(std::size_t offset)
{
    return "off/" + std::to_string(offset) + "+=";
}

std::size_t offset_of(std::string const& token)
{
    return std::stoul(token.substr(4, token.size() - 6));
}

// ListImportTasks over an in-memory list; `misbehave` can replace a response.
struct fake_service
{
    std::vector<ng::ImportTaskSummary> tasks;
    std::size_t default_page = 7;
    std::vector<std::string> targets;  // every request target received
    std::function<void(std::size_t request, ng::ListImportTasksInput const&, ng::http_response&)> misbehave;

    ng::http_response operator()(ng::http_request const& req)
    {
        targets.push_back(req.target);
        auto r = ng::route<ng::operations>(req.method, req.target);
        if(!r)
            return r.error();
        auto const& in = boost::variant2::get<ng::ListImportTasksInput>(*r);
        std::size_t begin = in.nextToken ? offset_of(*in.nextToken) : 0;
        std::size_t size = in.maxResults ? static_cast<std::size_t>(*in.maxResults) : default_page;
        ng::ListImportTasksOutput page;
        for(std::size_t i = begin; i < tasks.size() && i < begin + size; ++i)
            page.tasks.push_back(tasks[i]);
        if(begin + size < tasks.size())
            page.nextToken = token_for(begin + size);
        ng::http_response resp = ng::make_response<ng::ListImportTasks>(page).value();
        if(misbehave)
            misbehave(targets.size(), in, resp);
        return resp;
    }
};

template <class Paginator>
std::vector<std::string> all_ids(Paginator& pages)
{
    std::vector<std::string> ids;
    for(auto const& page : pages)
    {
        REQUIRE(page);
        for(auto const& t : page->tasks)
            ids.push_back(t.taskId);
    }
    return ids;
}

ng::ListImportTasksInput page_size(int n)
{
    ng::ListImportTasksInput in;
    in.maxResults = n;
    return in;
}

} // namespace

TEST_CASE("the paginator's data comes from paginators-1.json", "[paginator]")
{
    using p = ng::ListImportTasks::pagination;
    STATIC_REQUIRE(p::input_token == &ng::ListImportTasksInput::nextToken);
    STATIC_REQUIRE(p::output_token == &ng::ListImportTasksOutput::nextToken);
    STATIC_REQUIRE(p::limit == &ng::ListImportTasksInput::maxResults);
    STATIC_REQUIRE(p::items == &ng::ListImportTasksOutput::tasks);
}

TEST_CASE("pages follow nextToken until it is absent", "[paginator]")
{
    fake_service service;
    service.tasks = make_tasks(23);
    std::vector<std::string> expected;
    for(auto const& t : service.tasks)
        expected.push_back(t.taskId);

    SECTION("23 tasks, 10 a page: 10, 10, 3")
    {
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        std::vector<std::size_t> sizes;
        std::vector<std::string> ids;
        for(auto const& page : pages)
        {
            REQUIRE(page);
            sizes.push_back(page->tasks.size());
            for(auto const& t : page->tasks)
                ids.push_back(t.taskId);
        }
        CHECK(sizes == std::vector<std::size_t>{10, 10, 3});
        CHECK(ids == expected);
        CHECK(pages.pages() == 3);
        // The page size is kept on every request; the token is sent escaped.
        CHECK(service.targets == std::vector<std::string>{
                                     "/importtasks?maxResults=10",
                                     "/importtasks?nextToken=off%2F10%2B%3D&maxResults=10",
                                     "/importtasks?nextToken=off%2F20%2B%3D&maxResults=10"});
    }
    SECTION("without maxResults the service's own page size is used")
    {
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), ng::ListImportTasksInput{});
        CHECK(all_ids(pages) == expected);
        CHECK(service.targets.size() == 4);  // 7 + 7 + 7 + 2
        CHECK(service.targets[0] == "/importtasks");
    }
    SECTION("an exact multiple of the page size ends without an empty page")
    {
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(23));
        CHECK(all_ids(pages) == expected);
        CHECK(service.targets.size() == 1);
    }
    SECTION("one task a page")
    {
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(1));
        CHECK(all_ids(pages) == expected);
        CHECK(service.targets.size() == 23);
    }
    SECTION("resuming from a token")
    {
        auto in = page_size(10);
        in.nextToken = token_for(15);
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), in);
        auto ids = all_ids(pages);
        CHECK(ids == std::vector<std::string>(expected.begin() + 15, expected.end()));
    }
    SECTION("no tasks: one empty page")
    {
        service.tasks.clear();
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        auto page = pages.next();
        REQUIRE(page);
        REQUIRE(*page);
        CHECK((*page)->tasks.empty());
        CHECK_FALSE(pages.next());
        CHECK_FALSE(pages.next());  // stays ended
        CHECK(service.targets.size() == 1);
    }
}

TEST_CASE("the paginator is lazy and single-pass", "[paginator]")
{
    fake_service service;
    service.tasks = make_tasks(5);
    auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(2));
    CHECK(service.targets.empty());  // nothing sent before a page is asked for
    auto first = pages.next();
    REQUIRE(first);
    REQUIRE(*first);
    CHECK((*first)->tasks.size() == 2);
    CHECK(service.targets.size() == 1);
    // Iterating goes on from where next() stopped.
    std::size_t rest = 0;
    for(auto const& page : pages)
        rest += page->tasks.size();
    CHECK(rest == 3);
    CHECK(pages.begin() == pages.end());
    CHECK(service.targets.size() == 3);
}

TEST_CASE("an error ends the pages after delivering it", "[paginator]")
{
    fake_service service;
    service.tasks = make_tasks(30);

    SECTION("throttled on the second request")
    {
        service.misbehave = [](std::size_t request, auto const&, ng::http_response& resp) {
            if(request == 2)
                resp = ng::make_error_response(ng::ThrottlingException{"Rate exceeded"}).value();
        };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        auto p1 = pages.next();
        REQUIRE(p1);
        REQUIRE(*p1);
        auto p2 = pages.next();
        REQUIRE(p2);
        REQUIRE_FALSE(*p2);
        auto const e = p2->error();
        REQUIRE(e.get_if<ng::ThrottlingException>());
        CHECK(e.message() == "Rate exceeded");
        CHECK(ng::retryable(e) == ng::retry_kind::throttling);
        CHECK_FALSE(pages.next());
        CHECK(service.targets.size() == 2);
        CHECK(pages.pages() == 1);
    }
    SECTION("the service refuses the page size")
    {
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(500));
        std::size_t seen = 0;
        for(auto const& page : pages)
        {
            ++seen;
            REQUIRE_FALSE(page);
            auto const e = page.error();
            auto const* v = e.get_if<ng::ValidationException>();
            REQUIRE(v);
            CHECK(v->reason == ng::ValidationExceptionReason::CONSTRAINT_VIOLATION);
            CHECK_THAT(v->message, Catch::Contains("maxResults"));
        }
        CHECK(seen == 1);
    }
    SECTION("a success response that does not decode")
    {
        service.misbehave = [](std::size_t, auto const&, ng::http_response& resp) { resp.body = "{\"tasks\":7}"; };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        auto p = pages.next();
        REQUIRE(p);
        REQUIRE_FALSE(*p);
        auto const e = p->error();
        auto const* codec = e.get_if<ng::error>();
        REQUIRE(codec);
        CHECK(codec->path == "$.tasks");
        CHECK(e.status() == 200);
        CHECK_FALSE(pages.next());
    }
    SECTION("an input that cannot be sent: nothing is sent")
    {
        auto in = page_size(10);
        in.nextToken = std::string("a\0b", 3);
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), in);
        auto p = pages.next();
        REQUIRE(p);
        REQUIRE_FALSE(*p);
        auto const e = p->error();
        auto const* codec = e.get_if<ng::error>();
        REQUIRE(codec);
        CHECK(codec->code == ng::http_errc::nul_byte);
        CHECK(codec->path == "$.nextToken");
        CHECK(e.status() == 0);
        CHECK(e.fault() == ng::error_fault::client);
        CHECK(service.targets.empty());
        CHECK_FALSE(pages.next());
    }
    SECTION("exceptions from the transport propagate")
    {
        auto failing = [](ng::http_request const&) -> ng::http_response { throw std::runtime_error("connection reset"); };
        auto pages = ng::paginate<ng::ListImportTasks>(failing, page_size(10));
        CHECK_THROWS_WITH(pages.next(), "connection reset");
    }
}

TEST_CASE("a token the service hands back twice stops the pages", "[paginator]")
{
    fake_service service;
    service.tasks = make_tasks(30);

    auto check_loop_error = [](ng::operation_result<ng::ListImportTasks> const& page, std::string const& token) {
        REQUIRE_FALSE(page);
        auto const e = page.error();
        auto const* codec = e.get_if<ng::error>();
        REQUIRE(codec);
        CHECK(codec->code == ng::http_errc::repeated_token);
        CHECK(codec->path == "$.nextToken");
        CHECK_THAT(codec->message, Catch::Contains("'" + token + "'"));
        CHECK(e.status() == 200);
    };

    SECTION("the same token as the one sent")
    {
        service.misbehave = [](std::size_t request, ng::ListImportTasksInput const& in, ng::http_response& resp) {
            if(request == 2)  // answer page 2 again and again
                resp.body = R"({"tasks":[],"nextToken":")" + *in.nextToken + "\"}";
        };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        std::vector<ng::operation_result<ng::ListImportTasks>> got;
        for(auto const& page : pages)
            got.push_back(page);
        REQUIRE(got.size() == 3);
        CHECK(got[0]);
        CHECK(got[1]);  // the page itself is delivered
        check_loop_error(got[2], token_for(10));
        CHECK(service.targets.size() == 2);
    }
    SECTION("a cycle through two tokens")
    {
        service.misbehave = [](std::size_t request, auto const&, ng::http_response& resp) {
            if(request == 3)  // page 3 points back at page 2
                resp.body = R"({"tasks":[],"nextToken":")" + token_for(10) + "\"}";
        };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        std::vector<ng::operation_result<ng::ListImportTasks>> got;
        for(auto const& page : pages)
            got.push_back(page);
        REQUIRE(got.size() == 4);
        check_loop_error(got[3], token_for(10));
        CHECK(service.targets.size() == 3);
    }
    SECTION("the token a paginator was started from")
    {
        auto in = page_size(10);
        in.nextToken = token_for(10);
        service.misbehave = [](std::size_t, auto const&, ng::http_response& resp) {
            resp.body = R"({"tasks":[],"nextToken":")" + token_for(10) + "\"}";
        };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), in);
        auto p1 = pages.next();
        REQUIRE(p1);
        CHECK(*p1);
        auto p2 = pages.next();
        REQUIRE(p2);
        check_loop_error(*p2, token_for(10));
        CHECK_FALSE(pages.next());
        CHECK(service.targets.size() == 1);
    }
    SECTION("an empty token ends the pages like an absent one")
    {
        service.misbehave = [](std::size_t, auto const&, ng::http_response& resp) {
            resp.body = R"({"tasks":[],"nextToken":""})";
        };
        auto pages = ng::paginate<ng::ListImportTasks>(std::ref(service), page_size(10));
        auto p = pages.next();
        REQUIRE(p);
        CHECK(*p);
        CHECK_FALSE(pages.next());
        CHECK(service.targets.size() == 1);
    }
}

TEST_CASE("the paginator takes any callable transport", "[paginator]")
{
    // A plain lambda over canned responses, no server code at all.
    std::vector<std::string> bodies = {
        R"({"tasks":[{"taskId":"t-aaaaaaaaaa","source":"s","roleArn":"r","status":"FAILED"}],"nextToken":"n1"})",
        R"({"tasks":[{"taskId":"t-bbbbbbbbbb","source":"s","roleArn":"r","status":"PAUSED"}]})"};
    std::size_t i = 0;
    std::vector<std::string> targets;
    auto send = [&](ng::http_request const& req) {
        targets.push_back(req.target);
        CHECK(req.method == "GET");
        return ng::http_response{200, {{"content-type", "application/json"}}, bodies.at(i++)};
    };
    std::vector<std::string> statuses;
    for(auto const& page : ng::paginate<ng::ListImportTasks>(send, {}))
    {
        REQUIRE(page);
        for(auto const& t : page->tasks)
            statuses.emplace_back(t.status.str());
    }
    CHECK(statuses == std::vector<std::string>{"FAILED", "PAUSED"});  // unknown enum values kept
    CHECK(targets == std::vector<std::string>{"/importtasks", "/importtasks?nextToken=n1"});
}

TEST_CASE("ListExportTasks pages the same way, its graph filter kept on every page", "[paginator][export]")
{
    std::vector<ng::ExportTaskSummary> all;
    for(int i = 0; i < 11; ++i)
    {
        ng::ExportTaskSummary t;
        t.graphId = "g-0123456789";
        t.taskId = "t-" + std::string(9, 'e') + std::to_string(i % 10);
        t.status = ng::ExportTaskStatus::EXPORTING;
        all.push_back(t);
    }
    std::vector<std::string> targets;
    auto send = [&](ng::http_request const& req) {
        targets.push_back(req.target);
        auto r = ng::route<ng::operations>(req.method, req.target);
        REQUIRE(r.has_value());
        auto const& in = boost::variant2::get<ng::ListExportTasksInput>(*r);
        CHECK(in.graphIdentifier == std::string("g-0123456789"));
        std::size_t const begin = in.nextToken ? offset_of(*in.nextToken) : 0;
        ng::ListExportTasksOutput page;
        for(std::size_t i = begin; i < all.size() && i < begin + 4; ++i)
            page.tasks.push_back(all[i]);
        if(begin + 4 < all.size())
            page.nextToken = token_for(begin + 4);
        return ng::make_response<ng::ListExportTasks>(page).value();
    };
    ng::ListExportTasksInput first;
    first.graphIdentifier = "g-0123456789";
    first.maxResults = 4;
    auto pages = ng::paginate<ng::ListExportTasks>(send, first);
    std::size_t n = 0;
    for(auto const& page : pages)
    {
        REQUIRE(page);
        n += page->tasks.size();
    }
    CHECK(n == 11);
    CHECK(pages.pages() == 3);
    REQUIRE(targets.size() == 3);
    CHECK(targets[0] == "/exporttasks?graphIdentifier=g-0123456789&maxResults=4");
    CHECK(targets[1].find("nextToken=") != std::string::npos);
}
