// The one error type of the library: what went wrong, where (JSON path), and at which byte.
#ifndef NEPTUNE_GRAPH_ERROR_HPP
#define NEPTUNE_GRAPH_ERROR_HPP

#include <boost/assert/source_location.hpp>
#include <neptune_graph/detail/category.hpp>

#include <boost/system/error_category.hpp>
#include <boost/system/error_code.hpp>
#include <boost/system/result.hpp>

#include <cstddef>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <type_traits>

namespace neptune_graph {

/// What went wrong. JSON syntax errors keep Boost.JSON's own codes instead.
enum class errc
{
    type_mismatch = 1,     ///< a value of the wrong JSON type
    not_integer,           ///< a number with a fraction where an integer belongs
    out_of_range,          ///< a number outside its member's type
    duplicate_key,         ///< the same key twice in one object
    missing_member,        ///< a required member absent (strict decode)
    unknown_enum_value,    ///< a string no enumerator names (strict decode)
    union_empty,           ///< a union with no member set
    union_multiple,        ///< a union with two or more members set
    unknown_union_member,  ///< encoding an unknown union member without pass-through
    input_too_large,       ///< input larger than decode_options::max_input_size
    too_deep,              ///< nesting deeper than decode_options::max_depth
    string_too_long,       ///< a string longer than decode_options::max_string_size
    list_too_long,         ///< a list longer than decode_options::max_list_size
    invalid_utf8,          ///< a string that is not valid UTF-8 (encode)
    invalid_value          ///< a value the wire form cannot carry (encode)
};

namespace detail {

template <>
struct category_of<errc>
{
    static constexpr char const* name = "neptune_graph";
    static constexpr unsigned long long id = 0x6e6570747547726aULL;
    static char const* message(errc e) noexcept
    {
        switch(e)
        {
        case errc::type_mismatch: return "value of the wrong JSON type";
        case errc::not_integer: return "number is not an integer";
        case errc::out_of_range: return "number out of range";
        case errc::duplicate_key: return "duplicate key";
        case errc::missing_member: return "required member missing";
        case errc::unknown_enum_value: return "unknown enum value";
        case errc::union_empty: return "union has no member set";
        case errc::union_multiple: return "union has more than one member set";
        case errc::unknown_union_member: return "unknown union member";
        case errc::input_too_large: return "input too large";
        case errc::too_deep: return "nesting too deep";
        case errc::string_too_long: return "string too long";
        case errc::list_too_long: return "list too long";
        case errc::invalid_utf8: return "invalid UTF-8";
        case errc::invalid_value: return "invalid value";
        }
        return "unknown error";
    }
};

} // namespace detail

/// The category of `errc`.
inline boost::system::error_category const& neptune_graph_category() noexcept
{
    return detail::category<errc>();
}

inline boost::system::error_code make_error_code(errc e) noexcept
{
    return {static_cast<int>(e), neptune_graph_category()};
}

/** An error with its place.

    `path` names the value at fault from the document root (`$.items[3].name`),
    `offset` is the byte of the input at which decoding stopped (0 when the input
    was not text: encoding, DOM conversion), and `message` says what was wrong
    in words a person understands.
*/
struct error
{
    boost::system::error_code code;
    std::string path;
    std::size_t offset = 0;
    std::string message;

    /// `path: message`, the form tools print.
    std::string what() const { return path + ": " + message; }

    template <class Ch, class Tr>
    friend std::basic_ostream<Ch, Tr>& operator<<(std::basic_ostream<Ch, Tr>& os, error const& e)
    {
        return os << e.what();
    }
};

/// Thrown by `result<T, error>::value()` when it holds an error.
class error_exception : public std::runtime_error
{
    neptune_graph::error error_;

public:
    explicit error_exception(neptune_graph::error e)
        : std::runtime_error(e.what()), error_(std::move(e)) {}
    neptune_graph::error const& error() const noexcept { return error_; }
};

// Found by ADL from boost::system::result<T, error>::value().
[[noreturn]] inline void throw_exception_from_error(error const& e, boost::source_location const&)
{
    throw error_exception(e);
}

/// A value or the error that kept it from being made.
template <class T>
using result = boost::system::result<T, error>;

} // namespace neptune_graph

namespace boost {
namespace system {
template <> struct is_error_code_enum<::neptune_graph::errc> : std::true_type {};
} // namespace system
} // namespace boost

#endif
