// UTF-8, one code point at a time: the one decoder behind the writer's
// validation, the DOM walk, the URI binder, message quoting and `length`.
#ifndef NEPTUNE_GRAPH_DETAIL_UTF8_HPP
#define NEPTUNE_GRAPH_DETAIL_UTF8_HPP

#include <cstddef>
#include <string_view>

namespace neptune_graph {
namespace detail {

// What a byte that starts no valid sequence decodes to: a value past U+10FFFF,
// so no literal or positive class of a pattern names it (`.` and negated
// classes match it).
constexpr char32_t invalid_code_point = 0x110000;

struct decoded_code_point
{
    char32_t value;
    std::size_t size;  // bytes consumed, at least 1
};

// The code point at `s[i]` (`i < s.size()`). Validity as RFC 3629 says:
// overlong forms, surrogates and values past U+10FFFF are invalid, and an
// invalid sequence consumes one byte.
constexpr decoded_code_point decode_code_point(std::string_view s, std::size_t i) noexcept
{
    auto byte = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[i + k]); };
    auto cont = [&](std::size_t k) { return i + k < s.size() && (byte(k) & 0xC0) == 0x80; };
    unsigned const c = byte(0);
    if(c < 0x80)
        return {c, 1};
    if(c >= 0xC2 && c <= 0xDF && cont(1))
        return {((c & 0x1Fu) << 6) | (byte(1) & 0x3Fu), 2};
    if(c >= 0xE0 && c <= 0xEF && cont(1) && cont(2))
    {
        bool const overlong = c == 0xE0 && byte(1) < 0xA0;
        bool const surrogate = c == 0xED && byte(1) >= 0xA0;
        if(!overlong && !surrogate)
            return {((c & 0x0Fu) << 12) | ((byte(1) & 0x3Fu) << 6) | (byte(2) & 0x3Fu), 3};
    }
    if(c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3))
    {
        bool const overlong = c == 0xF0 && byte(1) < 0x90;
        bool const too_big = c == 0xF4 && byte(1) >= 0x90;
        if(!overlong && !too_big)
            return {((c & 0x07u) << 18) | ((byte(1) & 0x3Fu) << 12) | ((byte(2) & 0x3Fu) << 6) |
                        (byte(3) & 0x3Fu),
                    4};
    }
    return {invalid_code_point, 1};
}

// Length of the valid multi-byte sequence at `s[i]`, or 0 if it is not one.
constexpr std::size_t utf8_sequence(std::string_view s, std::size_t i) noexcept
{
    decoded_code_point const d = decode_code_point(s, i);
    return d.value == invalid_code_point ? 0 : d.size;
}

// The index of the first byte of `s` that is not valid UTF-8, or npos.
constexpr std::size_t invalid_utf8_at(std::string_view s) noexcept
{
    for(std::size_t i = 0; i < s.size();)
    {
        if(static_cast<unsigned char>(s[i]) < 0x80)
        {
            ++i;
            continue;
        }
        std::size_t const n = utf8_sequence(s, i);
        if(n == 0)
            return i;
        i += n;
    }
    return std::string_view::npos;
}

// Code points in `s`, each invalid byte counting as one: the length Smithy's
// `length` trait measures.
constexpr std::size_t code_point_count(std::string_view s) noexcept
{
    std::size_t n = 0;
    for(std::size_t i = 0; i < s.size(); i += decode_code_point(s, i).size)
        ++n;
    return n;
}

} // namespace detail
} // namespace neptune_graph

#endif
