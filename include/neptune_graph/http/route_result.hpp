// What route() gives: the decoded input of the operation a request calls, or
// the response to send at once.
#ifndef NEPTUNE_GRAPH_HTTP_ROUTE_RESULT_HPP
#define NEPTUNE_GRAPH_HTTP_ROUTE_RESULT_HPP

#include <neptune_graph/http/request.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/mp11/algorithm.hpp>
#include <boost/system/result.hpp>
#include <boost/variant2/variant.hpp>

#include <stdexcept>
#include <string>
#include <utility>

namespace neptune_graph {

namespace detail {
template <class Op> using input_of = typename Op::input;
} // namespace detail

/// The decoded input of whichever operation of `Operations` a request calls.
template <class Operations>
using routed_input =
    boost::mp11::mp_rename<boost::mp11::mp_transform<detail::input_of, Operations>, boost::variant2::variant>;

/// What `route` gives: the input to call an operation with, or the response to send at once.
template <class Operations>
using route_result = boost::system::result<routed_input<Operations>, http_response>;

/// Thrown by `route_result::value()` when the request is answered by a response instead.
class refused_request : public std::runtime_error
{
    http_response response_;

public:
    explicit refused_request(http_response r)
        : std::runtime_error("request refused with status " + std::to_string(r.status) + ": " + r.body),
          response_(std::move(r)) {}
    http_response const& response() const noexcept { return response_; }
};

// Found by ADL from route_result<...>::value().
[[noreturn]] inline void throw_exception_from_error(http_response const& r, boost::source_location const&)
{
    throw refused_request(r);
}

} // namespace neptune_graph

#endif
