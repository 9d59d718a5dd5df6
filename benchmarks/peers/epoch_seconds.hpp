// Timestamps for the hand-written peers: JSON number text of epoch seconds to
// microseconds and back, exactly (no double in between), as neptune_graph does.
#ifndef NEPTUNE_GRAPH_BENCH_PEERS_EPOCH_SECONDS_HPP
#define NEPTUNE_GRAPH_BENCH_PEERS_EPOCH_SECONDS_HPP

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace peers {

/** Microseconds of the epoch seconds in `text`, a JSON number (trailing
    whitespace allowed): round(seconds * 1e6), halves away from zero. False if
    `text` is not a JSON number or the value does not fit an int64.
    Digits past the 19th significant one are ignored (they cannot change a
    timestamp that fits an int64 of microseconds, except a tie-break). */
inline bool parse_epoch_seconds(std::string_view text, std::int64_t& us) noexcept
{
    char const* p = text.data();
    char const* end = p + text.size();
    while(end != p && (end[-1] == ' ' || end[-1] == '\n' || end[-1] == '\r' || end[-1] == '\t'))
        --end;
    bool neg = p != end && *p == '-';
    if(neg)
        ++p;
    std::uint64_t sig = 0;
    int digits = 0;
    long exp10 = 0;
    auto digit = [&](char c, bool fraction) {
        unsigned v = static_cast<unsigned>(c - '0');
        if(digits < 19)
        {
            sig = sig * 10 + v;
            if(sig != 0)
                ++digits;
            if(fraction)
                --exp10;
        }
        else if(!fraction)
            ++exp10;
    };
    if(p == end || *p < '0' || *p > '9')
        return false;
    if(*p == '0')
        ++p;  // JSON: no leading zeros
    else
        for(; p != end && *p >= '0' && *p <= '9'; ++p)
            digit(*p, false);
    if(p != end && *p == '.')
    {
        if(++p == end || *p < '0' || *p > '9')
            return false;
        for(; p != end && *p >= '0' && *p <= '9'; ++p)
            digit(*p, true);
    }
    if(p != end && (*p == 'e' || *p == 'E'))
    {
        ++p;
        bool eneg = false;
        if(p != end && (*p == '+' || *p == '-'))
            eneg = *p++ == '-';
        if(p == end || *p < '0' || *p > '9')
            return false;
        long e = 0;
        for(; p != end && *p >= '0' && *p <= '9'; ++p)
            if(e < 100000)
                e = e * 10 + (*p - '0');
        exp10 += eneg ? -e : e;
    }
    if(p != end)
        return false;
    long e = exp10 + 6;  // to microseconds
    std::uint64_t m = sig;
    if(m == 0)
        e = 0;
    for(; e > 0; --e)
    {
        if(m > UINT64_MAX / 10)
            return false;
        m *= 10;
    }
    if(e < 0)
    {
        if(e < -19)
            m = 0;
        else
        {
            std::uint64_t div = 1;
            for(; e < 0; ++e)
                div *= 10;
            std::uint64_t rem = m % div;
            m /= div;
            if(rem >= div - rem)
                ++m;
        }
    }
    if(m > static_cast<std::uint64_t>(INT64_MAX) + (neg ? 1 : 0))
        return false;
    us = neg ? static_cast<std::int64_t>(0 - m) : static_cast<std::int64_t>(m);
    return true;
}

/** Writes `us` microseconds as the shortest exact decimal number of seconds
    (`1732300123.456`) to `buf` (32 bytes at least); returns the length. */
inline std::size_t format_epoch_seconds(std::int64_t us, char* buf) noexcept
{
    char* p = buf;
    std::uint64_t m = us < 0 ? 0 - static_cast<std::uint64_t>(us) : static_cast<std::uint64_t>(us);
    if(us < 0)
        *p++ = '-';
    p = std::to_chars(p, buf + 32, m / 1000000).ptr;
    std::uint64_t frac = m % 1000000;
    if(frac != 0)
    {
        *p++ = '.';
        int len = 6;
        for(; frac % 10 == 0; frac /= 10)
            --len;
        for(int i = len - 1; i >= 0; --i, frac /= 10)
            p[i] = static_cast<char>('0' + frac % 10);
        p += len;
    }
    return static_cast<std::size_t>(p - buf);
}

} // namespace peers

#endif
