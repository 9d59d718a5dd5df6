// Violations in the words of AWS services: `1 validation error detected: Value 't-12' at ...`.
#ifndef NEPTUNE_GRAPH_VALIDATE_AWS_MESSAGE_HPP
#define NEPTUNE_GRAPH_VALIDATE_AWS_MESSAGE_HPP

#include <neptune_graph/validate/violation.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace neptune_graph {

/// Violations a message spells out; past them it says `; and K more`, so that
/// a small request naming thousands of bad values gets a small answer.
constexpr std::size_t max_listed_violations = 10;

/** The sentence AWS services write for one violation:

    @code
    Value 't-12' at 'taskIdentifier' failed to satisfy constraint: Member must
    satisfy regular expression pattern: t-[a-z0-9]{10}
    @endcode

    The path is the member path without `$.` (`tasks[3].taskId`); an absent
    member reads `Value null at ...`, a number is quoted like a string, a list
    or a map shows no value (`Value at 'parts' ...`). A value that could not be read
    reads `Value '<text>' at '<path>' <reason>` (or `Invalid value at '<path>':
    <reason>` when the text is not known); a problem of the whole request is
    its reason alone.
*/
inline std::string aws_sentence(violation const& v)
{
    std::string_view at = v.path;
    if(!at.empty() && at[0] == '$')
        at.remove_prefix(1);
    if(!at.empty() && at[0] == '.')
        at.remove_prefix(1);

    std::string out;
    if(v.code == validation_errc::invalid_type || v.code == validation_errc::union_arity)
    {
        if(v.path.empty())
            return v.reason;
        if(v.form == value_form::none)
        {
            out = "Invalid value at '";
            out += at;
            out += "': ";
            out += v.reason;
            return out;
        }
        out = "Value ";
        detail::append_display(out, v);
        out += " at '";
        out += at;
        out += "' ";
        out += v.reason;
        return out;
    }

    out = "Value ";
    if(v.code == validation_errc::missing_required)
        out += "null ";
    else if(v.form == value_form::text)
    {
        detail::append_quoted(out, v.value);
        out += ' ';
    }
    else if(v.form == value_form::number)
    {
        out += '\'';
        out += v.value;
        out += "' ";
    }
    out += "at '";
    out += at;
    out += "' failed to satisfy constraint: Member must ";
    switch(v.code)
    {
    case validation_errc::missing_required: out += "not be null"; break;
    case validation_errc::pattern_mismatch: out += "satisfy regular expression pattern: "; break;
    case validation_errc::length_below_minimum: out += "have length greater than or equal to "; break;
    case validation_errc::length_above_maximum: out += "have length less than or equal to "; break;
    case validation_errc::value_below_minimum: out += "have value greater than or equal to "; break;
    case validation_errc::value_above_maximum: out += "have value less than or equal to "; break;
    case validation_errc::unknown_enum_value: out += "satisfy enum value set: "; break;
    case validation_errc::unknown_union_member: out += "satisfy union member set: "; break;
    default: break;
    }
    out += v.bound;
    return out;
}

/** `N validation error(s) detected: ` and the sentences of `violations`
    joined by `; `, at most `max_listed_violations` of them. */
inline std::string aws_message(std::vector<violation> const& violations)
{
    std::size_t const n = violations.size();
    std::string m = std::to_string(n);
    m += n == 1 ? " validation error detected: " : " validation errors detected: ";
    std::size_t const listed = n < max_listed_violations ? n : max_listed_violations;
    for(std::size_t i = 0; i < listed; ++i)
    {
        if(i)
            m += "; ";
        m += aws_sentence(violations[i]);
    }
    if(listed < n)
        m += "; and " + std::to_string(n - listed) + " more";
    return m;
}

} // namespace neptune_graph

#endif
