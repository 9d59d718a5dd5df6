// The words of a violation: the message `validate` writes and its AWS form.
//
// Both forms are here, side by side, because the AWS form is read back from
// the message: `<subject> <display> <predicate> <bound>`, where the display
// is a value as `message_quote` writes it (or a bare number) and the bound is the
// constraint's pattern, limit or value set.
#ifndef NEPTUNE_GRAPH_VALIDATE_DETAIL_MESSAGES_HPP
#define NEPTUNE_GRAPH_VALIDATE_DETAIL_MESSAGES_HPP

#include <neptune_graph/error.hpp>
#include <neptune_graph/model/open_enum.hpp>
#include <neptune_graph/validate/detail/quote.hpp>
#include <neptune_graph/validate/error.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

constexpr std::string_view value_subject = "value ";
constexpr std::string_view union_subject = "union member ";
constexpr std::string_view pattern_predicate = " does not match pattern ";

// --- what validate() writes ----------------------------------------------------

inline std::string missing_message(std::string_view member)
{
    return "required member " + message_quote(member) + " is missing";
}

inline std::string pattern_message(std::string_view value, std::string_view pattern)
{
    std::string r(value_subject);
    r += message_quote(value);
    r += pattern_predicate;
    r += pattern;
    return r;
}

// `subject` is `value '...'` for a string, `list` for a list.
inline std::string length_message(std::string subject, std::size_t length, std::size_t bound,
                                  bool below)
{
    subject += below ? " is too short: length " : " is too long: length ";
    subject += std::to_string(length);
    subject += below ? " is below the minimum " : " is above the maximum ";
    subject += std::to_string(bound);
    return subject;
}

template <class Integer>
std::string range_message(Integer value, std::int64_t bound, bool below)
{
    std::string r(value_subject);
    r += std::to_string(value);
    r += below ? " is below the minimum " : " is above the maximum ";
    r += std::to_string(bound);
    return r;
}

// `[A, B, C]`: the names of a described enum's enumerators.
template <class E>
std::string name_set()
{
    std::string r = "[";
    for(auto const& e : enum_table<E>::entries)
    {
        if(r.size() > 1)
            r += ", ";
        r += e.name;
    }
    r += ']';
    return r;
}

// `display` is a quoted string, or a bare number for an enumerator without a name.
template <class E>
std::string enum_message(std::string_view display)
{
    std::string r(value_subject);
    r += display;
    r += " is not in the enum value set ";
    r += name_set<E>();
    return r;
}

template <class Tags>
std::string union_message(std::string_view tag)
{
    std::string r(union_subject);
    r += message_quote(tag);
    r += " is not one of the known members ";
    r += name_set<Tags>();
    return r;
}

// --- the AWS form ----------------------------------------------------------------

// `$.items[3].id` -> `items[3].id`: the member path AWS messages show.
inline std::string_view member_path(std::string_view path) noexcept
{
    if(!path.empty() && path[0] == '$')
        path.remove_prefix(1);
    if(!path.empty() && path[0] == '.')
        path.remove_prefix(1);
    return path;
}

inline std::string_view aws_requirement(validation_errc code) noexcept
{
    switch(code)
    {
    case validation_errc::missing_required: return "Member must not be null";
    case validation_errc::pattern_mismatch: return "Member must satisfy regular expression pattern: ";
    case validation_errc::length_below_minimum: return "Member must have length greater than or equal to ";
    case validation_errc::length_above_maximum: return "Member must have length less than or equal to ";
    case validation_errc::value_below_minimum: return "Member must have value greater than or equal to ";
    case validation_errc::value_above_maximum: return "Member must have value less than or equal to ";
    case validation_errc::unknown_enum_value: return "Member must satisfy enum value set: ";
    case validation_errc::unknown_union_member: return "Member must satisfy union member set: ";
    }
    return {};
}

struct message_parts
{
    std::string_view display;  // empty when the message shows no value
    std::string_view bound;
    bool ok = false;           // false: not a message the functions above wrote
};

// The display and the bound of a message written above.
inline message_parts split_message(validation_errc code, std::string_view m) noexcept
{
    message_parts p;
    if(code == validation_errc::missing_required)
        return p.ok = true, p;
    std::string_view subject = m.substr(0, m.find(' ') + 1);
    if(m.substr(0, union_subject.size()) == union_subject)
        subject = union_subject;
    if(subject == value_subject || subject == union_subject)
        p.display = display_token(m.substr(subject.size()));
    std::string_view const rest = m.substr(subject.size() + p.display.size());
    switch(code)
    {
    case validation_errc::pattern_mismatch:
        if(rest.substr(0, pattern_predicate.size()) != pattern_predicate)
            return p;
        p.bound = rest.substr(pattern_predicate.size());
        break;
    case validation_errc::unknown_enum_value:
    case validation_errc::unknown_union_member:
        if(rest.find('[') == std::string_view::npos)
            return p;
        p.bound = rest.substr(rest.find('['));
        break;
    default:
        if(rest.rfind(' ') == std::string_view::npos)
            return p;
        p.bound = rest.substr(rest.rfind(' ') + 1);
    }
    p.ok = !p.bound.empty();
    return p;
}

// Appends `Value 'x-12' at 'itemId' failed to satisfy constraint:
// Member must satisfy regular expression pattern: t-[a-z0-9]{10}`.
inline void append_aws_violation(std::string& out, error const& e)
{
    std::string_view const at = member_path(e.path);
    message_parts p;
    if(e.code.category() == validation_category())
        p = split_message(static_cast<validation_errc>(e.code.value()), e.message);
    if(!p.ok)  // an error validate() did not write (a bad label, say): its own words
    {
        out += "Invalid value at '";
        out += at;
        out += "': ";
        out += e.message;
        return;
    }
    auto const code = static_cast<validation_errc>(e.code.value());
    out += "Value ";
    if(code == validation_errc::missing_required)
        out += "null ";
    else if(!p.display.empty())
    {
        bool const bare = p.display[0] != '\'';  // a number: AWS quotes it too
        if(bare)
            out += '\'';
        out += p.display;
        out += bare ? "' " : " ";
    }
    out += "at '";
    out += at;
    out += "' failed to satisfy constraint: ";
    out += aws_requirement(code);
    out += p.bound;
}

} // namespace detail
} // namespace neptune_graph

#endif
