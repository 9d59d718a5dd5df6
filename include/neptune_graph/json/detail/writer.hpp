// The text side of encoding: punctuation, layout, escaped strings, numbers.
#ifndef NEPTUNE_GRAPH_JSON_DETAIL_WRITER_HPP
#define NEPTUNE_GRAPH_JSON_DETAIL_WRITER_HPP

#include <neptune_graph/json/detail/utf8.hpp>

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace neptune_graph {
namespace detail {

class writer
{
public:
    writer(std::string& out, bool pretty) noexcept : out_(out), pretty_(pretty) {}

    void open(char c)
    {
        out_ += c;
        ++depth_;
    }

    void close(char c, bool empty)
    {
        --depth_;
        if(pretty_ && !empty)
            newline();
        out_ += c;
    }

    // Before each member or element.
    void next(bool first)
    {
        if(!first)
            out_ += ',';
        if(pretty_)
            newline();
    }

    bool key(std::string_view k)
    {
        if(!string(k))
            return false;
        if(pretty_)
            out_.append(": ", 2);
        else
            out_ += ':';
        return true;
    }

    void raw(std::string_view s) { out_.append(s.data(), s.size()); }

    void boolean(bool b) { b ? out_.append("true", 4) : out_.append("false", 5); }

    void integer(std::int64_t v)
    {
        char buf[24];
        auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
    }

    // Microseconds as the shortest exact decimal number of seconds.
    void seconds(std::int64_t us)
    {
        std::uint64_t m = us < 0 ? 0 - static_cast<std::uint64_t>(us) : static_cast<std::uint64_t>(us);
        if(us < 0)
            out_ += '-';
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, m / 1000000);
        out_.append(buf, r.ptr);
        std::uint64_t frac = m % 1000000;
        if(frac == 0)
            return;
        char digits[7] = {'.', '0', '0', '0', '0', '0', '0'};
        std::size_t len = 7;
        for(std::size_t i = 6; i > 0; --i, frac /= 10)
            digits[i] = static_cast<char>('0' + frac % 10);
        while(digits[len - 1] == '0')
            --len;
        out_.append(digits, len);
    }

    // A quoted, escaped string; false (nothing usable written) if `s` is not UTF-8.
    bool string(std::string_view s)
    {
        static constexpr char hex[] = "0123456789abcdef";
        out_ += '"';
        auto const* p = reinterpret_cast<unsigned char const*>(s.data());
        auto const* const end = p + s.size();
        auto const* run = p;  // start of bytes copied as they are
        auto flush = [&](unsigned char const* to) {
            out_.append(reinterpret_cast<char const*>(run), to - run);
        };
        while(p != end)
        {
            unsigned char c = *p;
            if(c >= 0x20 && c != '"' && c != '\\' && c < 0x80)
            {
                ++p;
                continue;
            }
            if(c >= 0x80)
            {
                std::size_t n = utf8_sequence(p, end);
                if(n == 0)
                {
                    bad_utf8_at_ = static_cast<std::size_t>(p - reinterpret_cast<unsigned char const*>(s.data()));
                    return false;
                }
                p += n;
                continue;
            }
            flush(p);
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            switch(c)
            {
            case '"': out_.append("\\\"", 2); break;
            case '\\': out_.append("\\\\", 2); break;
            case '\b': out_.append("\\b", 2); break;
            case '\f': out_.append("\\f", 2); break;
            case '\n': out_.append("\\n", 2); break;
            case '\r': out_.append("\\r", 2); break;
            case '\t': out_.append("\\t", 2); break;
            default: out_.append(esc, 6); break;
            }
            run = ++p;
        }
        flush(p);
        out_ += '"';
        return true;
    }

    std::size_t bad_utf8_at() const noexcept { return bad_utf8_at_; }

private:
    void newline()
    {
        out_ += '\n';
        out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
    }

    std::string& out_;
    bool pretty_;
    int depth_ = 0;
    std::size_t bad_utf8_at_ = 0;
};

} // namespace detail
} // namespace neptune_graph

#endif
