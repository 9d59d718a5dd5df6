// The code blocks of docs/client-and-server.md: the doc quotes the regions
// between `// [name]` and `// [/name]` below, and two regions of the library's
// own headers (the test docs_snippets keeps them equal). This program checks
// that they do what the doc says (the test docs_client_and_server runs it): the
// client's blocks send their requests to the server's block, in process.
#include <neptune_graph/neptune_graph.hpp>

#include <boost/mp11/list.hpp>
#include <boost/variant2/variant.hpp>

#include <chrono>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "expect.hpp"

using docs::expect;
using docs::expect_eq;

namespace ng = neptune_graph;

// Each operation is a trait of data; `ng::operations` lists the nine.
static_assert(ng::GetImportTask::method == "GET");
static_assert(ng::GetImportTask::uri == "/importtasks/{taskIdentifier}");
static_assert(ng::GetImportTask::success_status == 200);
static_assert(std::is_same_v<ng::GetImportTask::input, ng::GetImportTaskInput>);
static_assert(std::is_same_v<ng::GetImportTask::output, ng::GetImportTaskOutput>);
static_assert(boost::mp11::mp_size<ng::GetImportTask::errors>::value == 4);
static_assert(boost::mp11::mp_size<ng::operations>::value == 9);

// ---------------------------------------------------------------------------
// The server's side: where the server's block keeps its tasks.
// ---------------------------------------------------------------------------

/// The tasks of the server, by id, and how it pages them.
class store
{
public:
    std::map<std::string, ng::GetImportTaskOutput> tasks;
    bool repeat_token = false;  ///< answer every page with the token "again" (a broken service)

    ng::GetImportTaskOutput const* find(std::string const& id) const
    {
        auto i = tasks.find(id);
        return i == tasks.end() ? nullptr : &i->second;
    }
};

// One handler per input: GetImportTask's is the doc's, below; StartImportTask's
// and ListImportTasks' serve the client's blocks; the other six answer 500.
ng::http_response handle(store& db, ng::GetImportTaskInput const& in);
ng::http_response handle(store& db, ng::StartImportTaskInput const& in);
ng::http_response handle(store& db, ng::ListImportTasksInput const& in);
template <class Input> ng::http_response handle(store& db, Input const& in);

// [server]
ng::http_response serve(ng::http_request const& req, store& db)
{
    auto routed = ng::route<ng::operations>(req.method, req.target, req.body);
    if(!routed)
        return routed.error();  // 404 or 400, ready to send
    return boost::variant2::visit(
        [&](auto const& input) { return handle(db, input); },   // one overload per input type
        *routed);
}

ng::http_response handle(store& db, ng::GetImportTaskInput const& in)
{
    ng::encode_options opts;
    opts.pass_through_unknown = true;  // stored tasks may hold union members this version does not know
    if(auto const* t = db.find(in.taskIdentifier))
        return ng::make_response<ng::GetImportTask>(*t, opts).value();
    return ng::make_error_response(ng::ResourceNotFoundException{"Task " + in.taskIdentifier + " not found"})
        .value();
}
// [/server]

ng::http_response handle(store&, ng::StartImportTaskInput const& in)
{
    ng::StartImportTaskOutput out;
    out.graphId = in.graphIdentifier;
    out.taskId = "t-0000000001";
    out.source = in.source;
    out.format = in.format;
    out.roleArn = in.roleArn;
    out.status = ng::ImportTaskStatus::INITIALIZING;
    return ng::make_response<ng::StartImportTask>(out).value();
}

ng::http_response handle(store& db, ng::ListImportTasksInput const& in)
{
    ng::ListImportTasksOutput page;
    auto i = in.nextToken && !db.repeat_token ? db.tasks.find(*in.nextToken) : db.tasks.begin();
    for(int n = 0; i != db.tasks.end() && n < in.maxResults.value_or(100); ++i, ++n)
        page.tasks.push_back(i->second);
    if(db.repeat_token)
        page.nextToken = "again";
    else if(i != db.tasks.end())
        page.nextToken = i->first;
    return ng::make_response<ng::ListImportTasks>(page).value();
}

template <class Input> ng::http_response handle(store&, Input const&)
{
    return ng::make_error_response(ng::InternalServerException{"not served by this program"}).value();
}

// ---------------------------------------------------------------------------
// The client's side: what the client's blocks call "yours".
// ---------------------------------------------------------------------------

store the_store;                              // the server the client's requests reach
std::vector<ng::http_request> sent;           // every request, in order
std::optional<ng::http_response> canned;      // when set, the answer instead of the server's

std::vector<std::string> reported;            // what report() was given
std::vector<std::string> used;                // the task ids use() was given
std::vector<ng::retry_kind> retries;          // what retry_later() was given

int report(std::vector<ng::violation> const& violations)
{
    for(ng::violation const& v : violations)
        reported.push_back(v.what());
    return 1;
}

int report(ng::service_error const& e)
{
    reported.push_back(e.what());
    return 1;
}

void use(ng::ImportTaskSummary const& t) { used.push_back(t.taskId); }

void retry_later(ng::retry_kind kind) { retries.push_back(kind); }

// [get]
namespace ng = neptune_graph;

ng::http_response send(ng::http_request const& req);  // yours: adds host, SigV4, sends

void print_import_task()
{
    ng::result<ng::http_request> req = ng::make_request<ng::GetImportTask>({"t-0123456789"});
    // req->method "GET", req->target "/importtasks/t-0123456789", no headers, no body
    ng::operation_result<ng::GetImportTask> r = ng::parse_response<ng::GetImportTask>(send(*req));
    if(r)
        std::cout << r->status.str() << '\n';
    else
    {
        ng::service_error const e = r.error();     // result::error() returns a copy: keep it
        if(auto const* nf = e.get_if<ng::ResourceNotFoundException>())
            std::cerr << "no such task: " << nf->message << '\n';
        else if(ng::retryable(e) != ng::retry_kind::none)
            retry_later(ng::retryable(e));          // throttling or transient
        else
            std::cerr << e.what() << '\n';          // "ValidationException (400): ..."
    }
}
// [/get]

// This program's transport: no host, no signature, no network.
ng::http_response send(ng::http_request const& req)
{
    sent.push_back(req);
    if(canned)
        return *canned;
    return serve(req, the_store);
}

namespace {

int start_import()
{
    // [start]
    namespace ng = neptune_graph;

    ng::StartImportTaskInput in;
    in.graphIdentifier = "g-0123456789";
    in.source = "s3://bucket/data/";
    in.roleArn = "arn:aws:iam::123456789012:role/Import";
    in.format = ng::Format::CSV;
    in.failOnError = true;
    if(auto violations = ng::validate(in); !violations.empty())
        return report(violations);                 // what the service would refuse
    ng::http_request req = ng::make_request<ng::StartImportTask>(in).value();
    // POST /graphs/g-0123456789/importtasks, content-type: application/json,
    // {"failOnError":true,"source":"s3://bucket/data/","format":"CSV","roleArn":"arn:aws:iam::..."}
    auto started = ng::parse_response<ng::StartImportTask>(send(req));  // 201 on success
    // [/start]
    expect_eq(req.method + " " + req.target, "POST /graphs/g-0123456789/importtasks",
              "start: the label goes in the path");
    expect(req.headers == ng::http_headers{{"content-type", "application/json"}},
           "start: the one header is content-type: application/json");
    expect_eq(req.body,
              R"({"failOnError":true,"source":"s3://bucket/data/","format":"CSV",)"
              R"("roleArn":"arn:aws:iam::123456789012:role/Import"})",
              "start: the other members are the JSON body, in model order");
    expect(!sent.empty() && sent.back().target == req.target && sent.back().body == req.body,
           "start: the request is what was sent");
    expect(started && started->taskId == "t-0000000001" && started->graphId == "g-0123456789",
           "start: the server's answer is read as StartImportTaskOutput");
    expect(serve(req, the_store).status == 201, "start: 201 on success");
    return 0;
}

int list_all_tasks()
{
    // [pages]
    ng::ListImportTasksInput first;
    first.maxResults = 50;
    for(auto const& page : ng::paginate<ng::ListImportTasks>(send, first))
    {
        if(!page)
            return report(page.error());   // the pages end after an error
        for(ng::ImportTaskSummary const& t : page->tasks)
            use(t);
    }
    // [/pages]
    return 0;
}

ng::waiter_state wait_until_imported(std::string const& id)
{
    // [waiter]
    int attempts = 0;
    ng::waiter_state state = ng::waiter_state::retry;
    while(state == ng::waiter_state::retry && attempts++ < ng::ImportTaskSuccessful::max_attempts)
    {
        if(attempts > 1)
            std::this_thread::sleep_for(ng::ImportTaskSuccessful::delay);
        auto r = ng::parse_response<ng::GetImportTask>(send(ng::make_request<ng::GetImportTask>({id}).value()));
        state = ng::import_task_successful(r);   // success, failure or retry
    }
    // [/waiter]
    return state;
}

ng::GetImportTaskOutput task(std::string id, ng::ImportTaskStatus status)
{
    ng::GetImportTaskOutput t;
    t.graphId = "g-0123456789";
    t.taskId = std::move(id);
    t.source = "s3://bucket/data/";
    t.format = ng::Format::CSV;
    t.roleArn = "arn:aws:iam::123456789012:role/Import";
    t.status = status;
    return t;
}

std::string id_of(int i)
{
    std::string n = std::to_string(i);
    return "t-" + std::string(10 - n.size(), '0') + n;
}

// What a response says in its x-amzn-errortype header, or "".
std::string error_type(ng::http_response const& r)
{
    auto t = ng::find_header(r.headers, "x-amzn-errortype");
    return t ? std::string(*t) : std::string();
}

void check_types()
{
    ng::http_request req{"GET", "/importtasks", {{"Accept", "application/json"}}, ""};
    expect(ng::find_header(req.headers, "accept") == std::string_view("application/json"),
           "types: header names compare case-insensitively");
    expect(ng::http_response{}.status == 200, "types: a response is 200 unless set");
}

void check_client()
{
    the_store.tasks["t-0123456789"] = task("t-0123456789", ng::ImportTaskStatus::IMPORTING);

    // Reading a task: the request, then each way the answer can go.
    auto req = ng::make_request<ng::GetImportTask>({"t-0123456789"});
    expect(req && req->method == "GET" && req->target == "/importtasks/t-0123456789" &&
               req->headers.empty() && req->body.empty(),
           "get: GET /importtasks/t-0123456789, no headers, no body");
    {
        std::string said;
        {
            docs::capture out(std::cout);
            print_import_task();
            said = out.text();
        }
        expect_eq(said, "IMPORTING\n", "get: a task's status is printed");
    }
    {
        the_store.tasks.erase("t-0123456789");
        std::string said;
        {
            docs::capture err(std::cerr);
            print_import_task();
            said = err.text();
        }
        the_store.tasks["t-0123456789"] = task("t-0123456789", ng::ImportTaskStatus::IMPORTING);
        expect_eq(said, "no such task: Task t-0123456789 not found\n", "get: a 404 is ResourceNotFoundException");
    }
    {
        canned = ng::make_error_response(ng::ThrottlingException{"slow down"}).value();
        print_import_task();
        canned = ng::make_error_response(ng::InternalServerException{"oops"}).value();
        print_import_task();
        canned.reset();
        expect(retries == std::vector<ng::retry_kind>{ng::retry_kind::throttling, ng::retry_kind::transient},
               "get: throttling and internal errors are retried, as throttling and transient");
    }
    {
        ng::ValidationException v;
        v.message = "bad id";
        v.reason = ng::ValidationExceptionReason::CONSTRAINT_VIOLATION;
        canned = ng::make_error_response(v).value();
        std::string said;
        {
            docs::capture err(std::cerr);
            print_import_task();
            said = err.text();
        }
        canned.reset();
        expect(said.rfind("ValidationException (400): ", 0) == 0,
               "get: other errors print as \"ValidationException (400): ...\", not: " + said);
    }

    // make_request's rules for labels and query parameters.
    auto odd = ng::make_request<ng::GetImportTask>({"a/b c~"});
    expect(odd && odd->target == "/importtasks/a%2Fb%20c~", "make_request: a label is percent-encoded");
    auto empty = ng::make_request<ng::GetImportTask>({""});
    expect(!empty && empty.error().path == "$.taskIdentifier", "make_request: an empty label is refused");
    ng::ListImportTasksInput page_input;
    page_input.maxResults = 10;
    page_input.nextToken = "abc";
    auto list = ng::make_request<ng::ListImportTasks>(page_input);
    expect(list && list->target == "/importtasks?nextToken=abc&maxResults=10" && list->body.empty(),
           "make_request: query members in binding order, no body");

    // Starting an import.
    expect(start_import() == 0 && reported.empty(), "start: the input is valid, and started");

    // Pages: 120 tasks, 50 at a time.
    the_store.tasks.clear();
    std::vector<std::string> all;
    for(int i = 1; i <= 120; ++i)
    {
        all.push_back(id_of(i));
        the_store.tasks[id_of(i)] = task(id_of(i), ng::ImportTaskStatus::SUCCEEDED);
    }
    sent.clear();
    used.clear();
    expect(list_all_tasks() == 0 && reported.empty(), "pages: no error");
    expect(used == all, "pages: every task used, in order");
    expect(sent.size() == 3, "pages: three requests for 120 tasks, 50 a page");
    for(ng::http_request const& r : sent)
        expect(r.target.find("maxResults=50") != std::string::npos, "pages: the page size on every request: " + r.target);

    // A service that hands a token back: that page is delivered, then one error.
    the_store.repeat_token = true;
    sent.clear();
    used.clear();
    expect(list_all_tasks() == 1 && reported.size() == 1, "pages: a repeated token ends with an error");
    expect(sent.size() == 2 && used.size() == 100, "pages: the page with the repeated token is delivered");
    {
        ng::paginator pages = ng::paginate<ng::ListImportTasks>(send, ng::ListImportTasksInput{});
        std::optional<ng::operation_result<ng::ListImportTasks>> p;
        while((p = pages.next()) && *p) {}
        bool const repeated = p && !*p && p->error().is<ng::error>();
        if(expect(repeated, "pages: the last page is an ng::error"))
        {
            auto const e = p->error();
            ng::error const* x = e.get_if<ng::error>();
            expect(x->code == ng::http_errc::repeated_token && x->path == "$.nextToken",
                   "pages: the error is repeated_token at $.nextToken");
        }
    }
    the_store.repeat_token = false;
    reported.clear();

    // Waiters: the first answer decides here, so nothing sleeps.
    the_store.tasks["t-0000000777"] = task("t-0000000777", ng::ImportTaskStatus::FAILED);
    sent.clear();
    expect(wait_until_imported(id_of(1)) == ng::waiter_state::success, "waiter: SUCCEEDED is success");
    expect(wait_until_imported("t-0000000777") == ng::waiter_state::failure, "waiter: FAILED is failure");
    expect(wait_until_imported("t-0000000999") == ng::waiter_state::failure, "waiter: an error is failure");
    expect(sent.size() == 3, "waiter: one request each");
}

// The table of the import waiters' verdicts.
void check_waiter_table()
{
    using S = ng::ImportTaskStatus;
    using W = ng::waiter_state;
    struct row { S status; W successful, cancelled; };
    row const rows[] = {
        {S::SUCCEEDED, W::success, W::failure},      {S::CANCELLED, W::failure, W::success},
        {S::CANCELLING, W::failure, W::retry},       {S::ROLLING_BACK, W::failure, W::failure},
        {S::FAILED, W::failure, W::failure},         {S::INITIALIZING, W::retry, W::failure},
        {S::EXPORTING, W::retry, W::failure},        {S::ANALYZING_DATA, W::retry, W::failure},
        {S::IMPORTING, W::retry, W::failure},        {S::REPROVISIONING, W::retry, W::failure},
        {S::DELETED, W::retry, W::failure},
    };
    for(row const& r : rows)
    {
        ng::operation_result<ng::GetImportTask> got = static_cast<ng::GetImportTaskOutput>(task("t-0123456789", r.status));
        expect(ng::import_task_successful(got) == r.successful && ng::import_task_cancelled(got) == r.cancelled,
               "waiters: the row of " + std::string(ng::open_enum<S>(r.status).str()));
    }
    auto unknown = ng::decode<ng::GetImportTaskOutput>(
        R"({"taskId":"t-0123456789","source":"s","roleArn":"r","status":"PAUSED"})");
    if(expect(unknown.has_value(), "waiters: a status this version does not know decodes"))
    {
        ng::operation_result<ng::GetImportTask> got = *unknown;
        expect(ng::import_task_successful(got) == W::retry && ng::import_task_cancelled(got) == W::failure,
               "waiters: the row of an unknown status");
    }
    auto none = ng::decode<ng::GetImportTaskOutput>(R"({"taskId":"t-0123456789","source":"s","roleArn":"r"})");
    if(expect(none.has_value(), "waiters: a task without a status decodes"))
    {
        ng::operation_result<ng::GetImportTask> got = *none;
        expect(ng::import_task_successful(got) == W::retry && ng::import_task_cancelled(got) == W::failure,
               "waiters: the row of no status");
    }
    ng::operation_result<ng::GetImportTask> const missing =
        ng::parse_response<ng::GetImportTask>(ng::make_error_response(ng::ResourceNotFoundException{"no"}).value());
    ng::operation_result<ng::GetImportTask> const throttled =
        ng::parse_response<ng::GetImportTask>(ng::make_error_response(ng::ThrottlingException{"no"}).value());
    expect(ng::import_task_successful(missing) == W::failure && ng::import_task_cancelled(missing) == W::failure &&
               ng::import_task_successful(throttled) == W::failure &&
               ng::import_task_cancelled(throttled) == W::failure,
           "waiters: any error is failure");
    static_assert(ng::ImportTaskSuccessful::delay == std::chrono::seconds(60));
    static_assert(ng::ImportTaskSuccessful::max_attempts == 480 && ng::ImportTaskCancelled::max_attempts == 60);
    static_assert(ng::ExportTaskSuccessful::max_attempts == 480 && ng::ExportTaskCancelled::max_attempts == 60);
}

void check_server()
{
    store db;
    db.tasks["t-0123456789"] = task("t-0123456789", ng::ImportTaskStatus::IMPORTING);
    // A stored task with an importOptions member this version does not know.
    auto stored = ng::decode<ng::GetImportTaskOutput>(
        R"({"taskId":"t-00000000aa","source":"s","roleArn":"r","status":"IMPORTING","importOptions":{"s3":{"x":1}}})");
    if(expect(stored.has_value(), "server: a task with an unknown union member decodes"))
        db.tasks["t-00000000aa"] = *stored;

    ng::http_response r = serve({"GET", "/importtasks/t-0123456789", {}, ""}, db);
    auto back = ng::parse_response<ng::GetImportTask>(r);
    expect(r.status == 200 && back && *back == db.tasks["t-0123456789"], "server: a stored task, 200");

    r = serve({"GET", "/importtasks/t-00000000aa", {}, ""}, db);
    expect(r.status == 200 && r.body.find(R"("importOptions":{"s3":{"x":1}})") != std::string::npos,
           "server: an unknown union member reaches the client unchanged");

    r = serve({"GET", "/importtasks/t-0000000999", {}, ""}, db);
    expect(r.status == 404 && error_type(r) == "ResourceNotFoundException" &&
               r.body == R"({"message":"Task t-0000000999 not found"})",
           "server: an unknown task is 404 ResourceNotFoundException: " + r.body);

    r = serve({"PATCH", "/importtasks", {}, ""}, db);
    expect(r.status == 404 && error_type(r) == "UnknownOperationException" &&
               r.body == R"({"message":"No operation matches 'PATCH' '/importtasks'"})",
           "server: no operation matches: " + r.body);

    r = serve({"GET", "/importtasks?maxResults=abc", {}, ""}, db);
    expect(r.status == 400 && error_type(r) == "ValidationException" &&
               r.body == R"({"message":"1 validation error detected: Value 'abc' at 'maxResults' is not a )"
                         R"(decimal integer","reason":"BAD_REQUEST"})",
           "server: an unreadable query value is BAD_REQUEST: " + r.body);

    std::string const start = "/graphs/g-0123456789/importtasks";
    r = serve({"POST", start, {}, R"({"failOnError":"yes","source":"s3://b/","roleArn":"arn:aws:iam::123456789012:role/I"})"}, db);
    expect(r.status == 400 && r.body.find("Invalid value at 'failOnError': expected a boolean, got a string") !=
                                  std::string::npos &&
               r.body.find(R"("reason":"BAD_REQUEST")") != std::string::npos,
           "server: a body member of the wrong type is BAD_REQUEST: " + r.body);

    r = serve({"POST", start, {}, R"({"roleArn":"arn:aws:iam::123456789012:role/I"})"}, db);
    expect(r.status == 400 && r.body.find("Value null at 'source'") != std::string::npos &&
               r.body.find(R"("reason":"CONSTRAINT_VIOLATION")") != std::string::npos,
           "server: an absent required body member is CONSTRAINT_VIOLATION: " + r.body);

    for(char const* v : {"abc", "1.5", "+5", "1e2", "%205", "", "99999999999999999999"})
    {
        r = serve({"GET", std::string("/importtasks?maxResults=") + v, {}, ""}, db);
        expect(r.status == 400 && r.body.find(R"("reason":"BAD_REQUEST")") != std::string::npos,
               std::string("server: maxResults=") + v + " is BAD_REQUEST: " + r.body);
    }
    for(char const* v : {"0", "-1", "101", "2147483647"})
    {
        r = serve({"GET", std::string("/importtasks?maxResults=") + v, {}, ""}, db);
        expect(r.status == 400 && r.body.find(R"("reason":"CONSTRAINT_VIOLATION")") != std::string::npos,
               std::string("server: maxResults=") + v + " is CONSTRAINT_VIOLATION: " + r.body);
    }

    // The statuses of make_error_response.
    expect(ng::make_error_response(ng::ThrottlingException{"m"}).value().status == 429 &&
               ng::make_error_response(ng::ValidationException{"m", std::nullopt}).value().status == 400 &&
               ng::make_error_response(ng::ConflictException{"m", std::nullopt}).value().status == 409 &&
               ng::make_error_response(ng::InternalServerException{"m"}).value().status == 500 &&
               ng::make_error_response(ng::ResourceNotFoundException{"m"}).value().status == 404,
           "server: the errors' statuses");
}

} // namespace

int main()
{
    check_types();
    check_client();
    check_waiter_table();
    check_server();
    return docs::result("docs_client_and_server");
}
