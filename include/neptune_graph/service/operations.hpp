// The service's operations bound to HTTP, as data: methods, URIs, labels,
// queries, errors, pagination. The generic machinery of http/ reads these
// traits and names no shape of the service.
#ifndef NEPTUNE_GRAPH_SERVICE_OPERATIONS_HPP
#define NEPTUNE_GRAPH_SERVICE_OPERATIONS_HPP

#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/invalid_input.hpp>
#include <neptune_graph/http/service_error.hpp>
#include <neptune_graph/service/errors.hpp>
#include <neptune_graph/service/import_io.hpp>
#include <neptune_graph/service/shapes.hpp>
#include <neptune_graph/service/validation_exception.hpp>
// route() validates the input it reads by the shapes' constraints: they must
// be seen where it is instantiated (header-only: every TU that routes; with
// separate compilation: src.hpp, which includes them itself).
#ifndef NEPTUNE_GRAPH_SEPARATE_COMPILATION
#include <neptune_graph/service/constraints.hpp>
#endif

#include <boost/mp11/list.hpp>

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace neptune_graph {

// The error shapes' `error` and `retryable` traits (service-2.json).

template <> struct error_binding<ThrottlingException>
{
    static constexpr int status = 429;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::throttling;  // retryable {throttling: true}
};

template <> struct error_binding<ValidationException>
{
    static constexpr int status = 400;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::none;
};

template <> struct error_binding<ConflictException>
{
    static constexpr int status = 409;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::none;
};

template <> struct error_binding<InternalServerException>
{
    static constexpr int status = 500;
    static constexpr error_fault fault = error_fault::server;
    static constexpr retry_kind retry = retry_kind::transient;  // retryable {throttling: false}
};

template <> struct error_binding<ResourceNotFoundException>
{
    static constexpr int status = 404;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::none;
};

template <> struct error_binding<ServiceQuotaExceededException>
{
    static constexpr int status = 402;
    static constexpr error_fault fault = error_fault::client;
    static constexpr retry_kind retry = retry_kind::none;
};

/// Every error the operations model, once: `X(Error)` for each.
#define NEPTUNE_GRAPH_SERVICE_ERRORS(X) \
    X(ThrottlingException) X(ValidationException) X(ConflictException) \
    X(InternalServerException) X(ResourceNotFoundException) X(ServiceQuotaExceededException)

/// Every error the operations model.
using service_errors =
    boost::mp11::mp_pop_front<boost::mp11::mp_list<void NEPTUNE_GRAPH_SERVICE_ERRORS(NEPTUNE_GRAPH_DETAIL_COMMA_THEN)>>;

/** What a failed operation resolved to (see `basic_service_error`):
    `if(auto const* nf = e.get_if<ResourceNotFoundException>()) ...`. */
using service_error = basic_service_error<service_errors>;

/// Thrown by `operation_result<Op>::value()` when it holds an error.
using service_exception = basic_service_exception<service_errors>;

/// Input a server cannot accept is a ValidationException, as the service answers it.
template <> struct invalid_input<service_error>
{
    static ValidationException answer(std::vector<violation> const& violations)
    {
        return to_validation_exception(violations);
    }
};

// Where each input member travels.

template <> struct http_bindings<CancelImportTaskInput>
{
    static constexpr auto value =
        std::make_tuple(http_label(&CancelImportTaskInput::taskIdentifier, "taskIdentifier"));
};

template <> struct http_bindings<GetImportTaskInput>
{
    static constexpr auto value =
        std::make_tuple(http_label(&GetImportTaskInput::taskIdentifier, "taskIdentifier"));
};

/// CancelImportTask: `DELETE /importtasks/{taskIdentifier}`.
struct CancelImportTask
{
    using input = CancelImportTaskInput;
    using output = CancelImportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException, ConflictException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "CancelImportTask";
    static constexpr std::string_view method = "DELETE";
    static constexpr std::string_view uri = "/importtasks/{taskIdentifier}";
    static constexpr int success_status = 200;
};

/// GetImportTask: `GET /importtasks/{taskIdentifier}`.
struct GetImportTask
{
    using input = GetImportTaskInput;
    using output = GetImportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "GetImportTask";
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/importtasks/{taskIdentifier}";
    static constexpr int success_status = 200;
};

// docs/client-and-server.md quotes the lines between [list_import_tasks] and
// [/list_import_tasks].
// [list_import_tasks]
template <> struct http_bindings<ListImportTasksInput>
{
    static constexpr auto value =
        std::make_tuple(http_query(&ListImportTasksInput::nextToken, "nextToken"),
                        http_query(&ListImportTasksInput::maxResults, "maxResults"));
};

/// ListImportTasks: `GET /importtasks?nextToken=...&maxResults=...`, paginated.
struct ListImportTasks
{
    using input = ListImportTasksInput;
    using output = ListImportTasksOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "ListImportTasks";
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/importtasks";
    static constexpr int success_status = 200;

    /// paginators-1.json: nextToken in, nextToken out, `tasks` the items, `maxResults` the page size.
    struct pagination
    {
        static constexpr auto input_token = &ListImportTasksInput::nextToken;
        static constexpr auto output_token = &ListImportTasksOutput::nextToken;
        static constexpr auto limit = &ListImportTasksInput::maxResults;
        static constexpr auto items = &ListImportTasksOutput::tasks;
    };
};
// [/list_import_tasks]

template <> struct http_bindings<StartImportTaskInput>
{
    static constexpr auto value =
        std::make_tuple(http_label(&StartImportTaskInput::graphIdentifier, "graphIdentifier"));
};

/// StartImportTask: `POST /graphs/{graphIdentifier}/importtasks`, the options in the body.
struct StartImportTask
{
    using input = StartImportTaskInput;
    using output = StartImportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException, ConflictException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "StartImportTask";
    static constexpr std::string_view method = "POST";
    static constexpr std::string_view uri = "/graphs/{graphIdentifier}/importtasks";
    static constexpr int success_status = 201;
};

/// CreateGraphUsingImportTask: `POST /importtasks`, everything in the body.
struct CreateGraphUsingImportTask
{
    using input = CreateGraphUsingImportTaskInput;
    using output = CreateGraphUsingImportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ServiceQuotaExceededException, ThrottlingException,
                                        ValidationException, ConflictException, InternalServerException>;
    static constexpr std::string_view name = "CreateGraphUsingImportTask";
    static constexpr std::string_view method = "POST";
    static constexpr std::string_view uri = "/importtasks";
    static constexpr int success_status = 201;
};

/// StartExportTask: `POST /exporttasks`, everything in the body.
struct StartExportTask
{
    using input = StartExportTaskInput;
    using output = StartExportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException, ConflictException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "StartExportTask";
    static constexpr std::string_view method = "POST";
    static constexpr std::string_view uri = "/exporttasks";
    static constexpr int success_status = 201;
};

template <> struct http_bindings<GetExportTaskInput>
{
    static constexpr auto value =
        std::make_tuple(http_label(&GetExportTaskInput::taskIdentifier, "taskIdentifier"));
};

/// GetExportTask: `GET /exporttasks/{taskIdentifier}`.
struct GetExportTask
{
    using input = GetExportTaskInput;
    using output = GetExportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "GetExportTask";
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/exporttasks/{taskIdentifier}";
    static constexpr int success_status = 200;
};

template <> struct http_bindings<CancelExportTaskInput>
{
    static constexpr auto value =
        std::make_tuple(http_label(&CancelExportTaskInput::taskIdentifier, "taskIdentifier"));
};

/// CancelExportTask: `DELETE /exporttasks/{taskIdentifier}`.
struct CancelExportTask
{
    using input = CancelExportTaskInput;
    using output = CancelExportTaskOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException, ConflictException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "CancelExportTask";
    static constexpr std::string_view method = "DELETE";
    static constexpr std::string_view uri = "/exporttasks/{taskIdentifier}";
    static constexpr int success_status = 200;
};

template <> struct http_bindings<ListExportTasksInput>
{
    static constexpr auto value =
        std::make_tuple(http_query(&ListExportTasksInput::graphIdentifier, "graphIdentifier"),
                        http_query(&ListExportTasksInput::nextToken, "nextToken"),
                        http_query(&ListExportTasksInput::maxResults, "maxResults"));
};

/// ListExportTasks: `GET /exporttasks?graphIdentifier=...&nextToken=...&maxResults=...`, paginated.
struct ListExportTasks
{
    using input = ListExportTasksInput;
    using output = ListExportTasksOutput;
    using error_type = service_error;
    using errors = boost::mp11::mp_list<ThrottlingException, ValidationException,
                                        InternalServerException, ResourceNotFoundException>;
    static constexpr std::string_view name = "ListExportTasks";
    static constexpr std::string_view method = "GET";
    static constexpr std::string_view uri = "/exporttasks";
    static constexpr int success_status = 200;

    /// paginators-1.json: nextToken in, nextToken out, `tasks` the items, `maxResults` the page size.
    struct pagination
    {
        static constexpr auto input_token = &ListExportTasksInput::nextToken;
        static constexpr auto output_token = &ListExportTasksOutput::nextToken;
        static constexpr auto limit = &ListExportTasksInput::maxResults;
        static constexpr auto items = &ListExportTasksOutput::tasks;
    };
};

/** Every operation, once: `X(Operation)` for each. `operations` and what
    <neptune_graph/src.hpp> defines for separate compilation come from it. */
#define NEPTUNE_GRAPH_SERVICE_OPERATIONS(X) \
    X(CancelImportTask) X(GetImportTask) X(ListImportTasks) X(StartImportTask) \
    X(CreateGraphUsingImportTask) X(StartExportTask) X(GetExportTask) X(CancelExportTask) X(ListExportTasks)

/// The operations a server routes: `route<operations>(method, target, body)`.
using operations =
    boost::mp11::mp_pop_front<boost::mp11::mp_list<void NEPTUNE_GRAPH_SERVICE_OPERATIONS(NEPTUNE_GRAPH_DETAIL_COMMA_THEN)>>;

} // namespace neptune_graph

#endif
