// The error an operation's response resolves to: a modeled error, an unmodeled one, or an unreadable response.
#ifndef NEPTUNE_GRAPH_HTTP_SERVICE_ERROR_HPP
#define NEPTUNE_GRAPH_HTTP_SERVICE_ERROR_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/model/shape_name.hpp>

#include <boost/assert/source_location.hpp>
#include <boost/mp11/list.hpp>
#include <boost/system/result.hpp>
#include <boost/variant2/variant.hpp>

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace neptune_graph {

/// How a caller may retry after an error (the model's `retryable` trait).
enum class retry_kind
{
    none,        ///< not retryable as far as the model says
    transient,   ///< retry with the normal backoff (`retryable: {throttling: false}`)
    throttling   ///< retry with throttling backoff (`retryable: {throttling: true}`)
};

/// Whose fault an error is: the caller's (4xx) or the service's (5xx).
enum class error_fault
{
    client,
    server
};

/** HTTP facts of a modeled error shape, specialized beside it:
    `static constexpr int status; error_fault fault; retry_kind retry;`. */
template <class E>
struct error_binding;

/** An error response whose type the operation does not model.

    `type` is the resolved type name (`FooError`), `raw_type` what the
    response said (`aws.protocoltests.restjson#FooError:http://...`); both are
    empty when the response named no type at all. `status` tells a client
    error (4xx) from a server error (5xx).
*/
struct unmodeled_error
{
    int status = 0;
    std::string type;
    std::string raw_type;
    std::string message;

    /// 5xx: the service's fault; anything else: the caller's.
    error_fault fault() const noexcept { return status >= 500 ? error_fault::server : error_fault::client; }
};

namespace detail {

template <class E, class = void>
struct has_message_member : std::false_type {};
template <class E>
struct has_message_member<E, std::void_t<decltype(std::declval<E const&>().message)>>
    : std::is_same<std::decay_t<decltype(std::declval<E const&>().message)>, std::string> {};

} // namespace detail

template <class Errors>
class basic_service_error;

/** What a failed operation resolved to, with the HTTP status it came with.

    `value()` holds exactly one of:
    - one of the operation's modeled errors `E...` (decoded from the body),
    - `unmodeled_error` (a type the operation does not model, or no type),
    - `neptune_graph::error` when there was nothing to resolve: the request
      could not be made (`status() == 0`) or a success response did not
      decode as the operation's output (`status()` is that 2xx).
*/
template <class... E>
class basic_service_error<boost::mp11::mp_list<E...>>
{
    static_assert(sizeof...(E) > 0, "an operation models at least one error");

public:
    using variant_type = boost::variant2::variant<E..., unmodeled_error, error>;

    /// An unmodeled error without status, type or message (what an empty result holds).
    basic_service_error() : value_(unmodeled_error{}) {}

    basic_service_error(int status, variant_type v) : status_(status), value_(std::move(v)) {}

    /// The HTTP status of the response (0 when no request was sent).
    int status() const noexcept { return status_; }

    // boost::system::result::error() returns a copy: the accessors that
    // point into the error are refused on a temporary, so
    // `r.error().get_if<T>()` does not compile instead of dangling. Write
    // `auto e = r.error();` first, or use is<T>() in a condition.

    /// The alternative held.
    variant_type const& value() const& noexcept { return value_; }
    variant_type value() && noexcept { return std::move(value_); }

    /// True when the alternative held is `T`.
    template <class T>
    bool is() const noexcept
    {
        return boost::variant2::holds_alternative<T>(value_);
    }

    /// The alternative `T`, or null.
    template <class T>
    T const* get_if() const& noexcept
    {
        return boost::variant2::get_if<T>(&value_);
    }
    template <class T>
    T const* get_if() const&& = delete;  // would point into a temporary

    /// True when `value()` holds a modeled error.
    bool is_modeled() const noexcept { return value_.index() < sizeof...(E); }

    /** The error's name: the shape name of a modeled error, the resolved type
        of an unmodeled one (possibly empty), empty for an unreadable response.
        On a temporary (`r.error().name()`) it is a copy. */
    std::string_view name() const& noexcept { return name_view(); }
    std::string name() const&& { return std::string(name_view()); }

    /// The error's message (the codec's message for an unreadable response).
    std::string_view message() const& noexcept { return message_view(); }
    std::string message() const&& { return std::string(message_view()); }

    /** Whose fault it is: the model's for a modeled error, the status class
        for an unmodeled one; an unreadable response is the service's fault,
        a request that could not be made the caller's. */
    error_fault fault() const noexcept
    {
        return boost::variant2::visit(
            [this](auto const& x) {
                using X = std::decay_t<decltype(x)>;
                if constexpr(std::is_same<X, unmodeled_error>::value)
                    return x.fault();
                else if constexpr(std::is_same<X, error>::value)
                    return status_ == 0 ? error_fault::client : error_fault::server;
                else
                    return error_binding<X>::fault;
            },
            value_);
    }

    /// `Name (status): message`, for logs.
    std::string what() const
    {
        std::string r;
        std::string_view n = name_view();
        if(n.empty())
            n = value_.index() == sizeof...(E) ? std::string_view("unmodeled error")
                                               : std::string_view("unreadable response");
        r.append(n.data(), n.size());
        r += " (";
        r += std::to_string(status_);
        r += "): ";
        if(auto const* e = boost::variant2::get_if<error>(&value_))
            r += e->what();
        else
        {
            std::string_view m = message_view();
            r.append(m.data(), m.size());
        }
        return r;
    }

    template <class Ch, class Tr>
    friend std::basic_ostream<Ch, Tr>& operator<<(std::basic_ostream<Ch, Tr>& os, basic_service_error const& e)
    {
        return os << e.what();
    }

private:
    std::string_view name_view() const noexcept
    {
        return boost::variant2::visit(
            [](auto const& x) -> std::string_view {
                using X = std::decay_t<decltype(x)>;
                if constexpr(std::is_same<X, unmodeled_error>::value)
                    return x.type;
                else if constexpr(std::is_same<X, error>::value)
                    return {};
                else
                    return shape_name<X>::value;
            },
            value_);
    }

    std::string_view message_view() const noexcept
    {
        return boost::variant2::visit(
            [](auto const& x) -> std::string_view {
                using X = std::decay_t<decltype(x)>;
                if constexpr(detail::has_message_member<X>::value)
                    return x.message;
                else
                    return {};
            },
            value_);
    }

    int status_ = 0;
    variant_type value_;
};

/** How to retry after `e`: as the model says for a modeled error, `none` for
    anything else. An unmodeled 502/503/504 is not guessed at here: `status()`
    is there for a retry policy that wants to. */
template <class Errors>
retry_kind retryable(basic_service_error<Errors> const& e) noexcept
{
    return boost::variant2::visit(
        [](auto const& x) {
            using X = std::decay_t<decltype(x)>;
            if constexpr(std::is_same<X, unmodeled_error>::value || std::is_same<X, error>::value)
                return retry_kind::none;
            else
                return error_binding<X>::retry;
        },
        e.value());
}

/// Thrown by `value()` of an operation's result when it holds an error.
template <class Errors>
class basic_service_exception : public std::runtime_error
{
    basic_service_error<Errors> error_;

public:
    explicit basic_service_exception(basic_service_error<Errors> e)
        : std::runtime_error(e.what()), error_(std::move(e)) {}
    basic_service_error<Errors> const& error() const noexcept { return error_; }
};

// Found by ADL from boost::system::result<T, basic_service_error<...>>::value().
template <class Errors>
[[noreturn]] void throw_exception_from_error(basic_service_error<Errors> const& e,
                                             boost::source_location const&)
{
    throw basic_service_exception<Errors>(e);
}

/// The result of calling the operation `Op`: its output or its error.
template <class Op>
using operation_result = boost::system::result<typename Op::output, typename Op::error_type>;

} // namespace neptune_graph

#endif
