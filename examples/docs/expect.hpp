// What the programs of examples/docs/ share: a check that counts failures and
// says which claim of the docs did not hold, and the capture of what a block
// writes to std::cout or std::cerr, to compare with what the docs show.
#ifndef NEPTUNE_GRAPH_EXAMPLES_DOCS_EXPECT_HPP
#define NEPTUNE_GRAPH_EXAMPLES_DOCS_EXPECT_HPP

#include <iostream>
#include <sstream>
#include <string>

namespace docs {

inline int failures = 0;

/// Records a claim of the docs; prints it when it does not hold.
inline bool expect(bool holds, std::string const& claim)
{
    if(!holds)
    {
        ++failures;
        std::cerr << "FAILED: " << claim << '\n';
    }
    return holds;
}

/// Two strings equal, or both shown when they are not.
inline bool expect_eq(std::string const& got, std::string const& want, std::string const& claim)
{
    return expect(got == want, claim + "\n  got:  " + got + "\n  want: " + want);
}

/// What is written to `stream` while it lives.
class capture
{
    std::ostream& stream_;
    std::ostringstream text_;
    std::streambuf* saved_;

public:
    explicit capture(std::ostream& stream) : stream_(stream), saved_(stream.rdbuf(text_.rdbuf())) {}
    capture(capture const&) = delete;
    capture& operator=(capture const&) = delete;
    ~capture() { stream_.rdbuf(saved_); }
    std::string text() const { return text_.str(); }
};

/// 0 when every claim held, else 1 (after saying how many did not).
inline int result(char const* program)
{
    if(failures == 0)
    {
        std::cout << program << ": every claim of the docs holds\n";
        return 0;
    }
    std::cerr << program << ": " << failures << " claim(s) of the docs do not hold\n";
    return 1;
}

} // namespace docs

#endif
