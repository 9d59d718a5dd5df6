// Adding an operation, worked through: docs/design.md quotes the regions
// between `// [name]` and `// [/name]` below, and a test keeps the two equal.
//
// The operation is made up (the service has no TagImportTask): it shows every
// piece an operation of the service folder is made of, and that nothing else
// changes. Each step is data; the generic layers do the rest.
#include <neptune_graph/neptune_graph.hpp>
// The headers that define the codec, the validator and the binding for any
// shape: the new operation's shapes are compiled here (in separate
// compilation too, where the umbrella only declares them for the service).
#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/make_response.hpp>
#include <neptune_graph/http/parse_response.hpp>
#include <neptune_graph/http/route.hpp>
#include <neptune_graph/json/decode.hpp>
#include <neptune_graph/json/encode.hpp>
#include <neptune_graph/service/constraints.hpp>
#include <neptune_graph/validate/constraint.hpp>
#include <neptune_graph/validate/validate.hpp>

#include <boost/describe/class.hpp>
#include <boost/mp11/list.hpp>
#include <boost/variant2/variant.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace neptune_graph {

// [shapes]
/// TagImportTask: `POST /importtasks/{taskIdentifier}/tags`.
struct TagImportTaskInput
{
    std::string taskIdentifier;            ///< URI label
    std::optional<bool> dryRun;            ///< query parameter
    std::vector<std::string> tags;         ///< body, required
    std::optional<std::string> note;       ///< body
};
BOOST_DESCRIBE_STRUCT(TagImportTaskInput, (), (taskIdentifier, dryRun, tags, note))

struct TagImportTaskOutput : ImportTaskSummary  // the summary's members, then its own
{
    std::int32_t tagCount = 0;
};
BOOST_DESCRIBE_STRUCT(TagImportTaskOutput, (ImportTaskSummary), (tagCount))
// [/shapes]

// [constraints]
template <> struct constraints_of<TagImportTaskInput>
{
    static constexpr auto rules = std::make_tuple(
        rule(&TagImportTaskInput::taskIdentifier, required{}, shapes::TaskId{}),
        rule(&TagImportTaskInput::tags, required{}, length{1, 10}),
        rule(&TagImportTaskInput::note, length{1, 100}));
};
// [/constraints]

// [binding]
template <> struct http_bindings<TagImportTaskInput>
{
    static constexpr auto value = std::make_tuple(
        http_label(&TagImportTaskInput::taskIdentifier, "taskIdentifier"),
        http_query(&TagImportTaskInput::dryRun, "dryRun"));  // tags and note: the body
};

struct TagImportTask
{
    using input = TagImportTaskInput;
    using output = TagImportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "TagImportTask";
    static constexpr std::string_view method = "POST";
    static constexpr std::string_view uri = "/importtasks/{taskIdentifier}/tags";
    static constexpr int success_status = 201;
};
// [/binding]

} // namespace neptune_graph

int main()
{
    namespace ng = neptune_graph;
    // [use]
    // Client: the request, with its body.
    ng::TagImportTaskInput in{"t-0123456789", true, {"nightly", "q3"}, std::nullopt};
    ng::http_request req = ng::make_request<ng::TagImportTask>(in).value();
    std::cout << req.method << ' ' << req.target << ' ' << req.body << '\n';
    // POST /importtasks/t-0123456789/tags?dryRun=true {"tags":["nightly","q3"]}

    // Server: the same request routed back to the same input, among the others.
    using ops = boost::mp11::mp_list<ng::GetImportTask, ng::TagImportTask>;
    auto routed = ng::route<ops>(req.method, req.target, req.body);
    bool const same = routed && boost::variant2::get<ng::TagImportTaskInput>(*routed) == in;

    // A body without its required member is answered for the server.
    auto refused = ng::route<ops>("POST", "/importtasks/t-0123456789/tags", "{}");
    std::cout << refused.error().status << ' ' << refused.error().body << '\n';
    // 400 {"message":"1 validation error detected: Value null at 'tags' failed to
    //      satisfy constraint: Member must not be null","reason":"CONSTRAINT_VIOLATION"}

    // The answer, read back by a client.
    ng::TagImportTaskOutput out;
    out.taskId = "t-0123456789";
    out.roleArn = "arn:aws:iam::123456789012:role/Import";
    out.status = ng::ImportTaskStatus::IMPORTING;
    out.tagCount = 2;
    ng::http_response resp = ng::make_response<ng::TagImportTask>(out).value();  // 201
    auto back = ng::parse_response<ng::TagImportTask>(resp);
    // [/use]
    bool const ok = same && !refused && refused.error().status == 400 && resp.status == 201 && back &&
                    *back == out && req.body == R"({"tags":["nightly","q3"]})" &&
                    req.target == "/importtasks/t-0123456789/tags?dryRun=true";
    std::cout << (ok ? "ok" : "MISMATCH") << '\n';
    return ok ? 0 : 1;
}
