// Exact reading of JSON number text: integers and fixed-point values without a double in between.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_NUMBER_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_NUMBER_HPP

#include <cstdint>
#include <limits>
#include <string_view>

namespace neptune_graph {
namespace detail {

// A JSON number as sign, significand and power of ten. Digits past the 19th
// are folded into the exponent (integer part) or noted as `dropped`.
struct decimal
{
    std::uint64_t significand = 0;
    long exponent = 0;
    bool negative = false;
    bool dropped = false;  // nonzero digits that did not fit the significand
};

// `text` is valid JSON number text (the parser has checked it).
inline decimal parse_decimal(std::string_view text) noexcept
{
    decimal d;
    char const* p = text.data();
    char const* const end = p + text.size();
    if(p != end && *p == '-')
    {
        d.negative = true;
        ++p;
    }
    int digits = 0;
    auto take = [&](char c, bool fraction) {
        unsigned v = static_cast<unsigned>(c - '0');
        if(digits == 0 && v == 0)
        {
            if(fraction)
                --d.exponent;
            return;
        }
        if(digits < 19)
        {
            d.significand = d.significand * 10 + v;
            ++digits;
            if(fraction)
                --d.exponent;
        }
        else
        {
            if(!fraction)
                ++d.exponent;
            if(v != 0)
                d.dropped = true;
        }
    };
    for(; p != end && *p >= '0' && *p <= '9'; ++p)
        take(*p, false);
    if(p != end && *p == '.')
        for(++p; p != end && *p >= '0' && *p <= '9'; ++p)
            take(*p, true);
    if(p != end && (*p == 'e' || *p == 'E'))
    {
        ++p;
        bool neg = false;
        if(p != end && (*p == '+' || *p == '-'))
            neg = *p++ == '-';
        long e = 0;
        for(; p != end && *p >= '0' && *p <= '9'; ++p)
            if(e < 100000)  // far past any int64; keeps the sum below from overflowing
                e = e * 10 + (*p - '0');
        d.exponent += neg ? -e : e;
    }
    if(d.significand == 0)
        d.exponent = 0;
    return d;
}

enum class to_int_status { ok, not_integer, out_of_range };

// The value of `d` times 10^scale as an int64 in [lo, hi]. With `round`, a
// fraction rounds to nearest (halves away from zero) instead of failing.
inline to_int_status to_int64(decimal const& d, int scale, std::int64_t lo, std::int64_t hi,
                              bool round, std::int64_t& out) noexcept
{
    long e = d.exponent + scale;
    std::uint64_t m = d.significand;
    if(m == 0)
    {
        out = 0;
        return to_int_status::ok;
    }
    constexpr std::uint64_t max_u = std::numeric_limits<std::uint64_t>::max();
    if(e >= 0)
    {
        for(; e > 0; --e)
        {
            if(m > max_u / 10)
                return to_int_status::out_of_range;
            m *= 10;
        }
        // Digits past the 19th: either the magnitude is beyond int64 (caught
        // below) or they were fraction digits.
        if(d.dropped && !round && m <= static_cast<std::uint64_t>(hi))
            return to_int_status::not_integer;
    }
    else
    {
        std::uint64_t rem = 0, div = 1;
        bool tiny = false;  // the whole significand is below 10^e
        for(; e < 0; ++e)
        {
            if(div > max_u / 10)
            {
                tiny = true;
                break;
            }
            div *= 10;
        }
        if(tiny)
        {
            if(!round)
                return to_int_status::not_integer;
            m = 0;
        }
        else
        {
            rem = m % div;
            m /= div;
            if(rem != 0 || d.dropped)
            {
                if(!round)
                    return to_int_status::not_integer;
                if(rem >= div - rem)
                    ++m;
            }
        }
    }
    // Compare magnitudes in unsigned space so INT64_MIN is reachable.
    if(d.negative)
    {
        std::uint64_t lim = lo < 0 ? std::uint64_t(-(lo + 1)) + 1 : 0;
        if(m > lim)
            return to_int_status::out_of_range;
        out = m == 0 ? 0 : -static_cast<std::int64_t>(m - 1) - 1;
    }
    else
    {
        if(hi < 0 || m > static_cast<std::uint64_t>(hi))
            return to_int_status::out_of_range;
        out = static_cast<std::int64_t>(m);
    }
    if(out < lo)
        return to_int_status::out_of_range;
    return to_int_status::ok;
}

} // namespace detail
} // namespace neptune_graph

#endif
