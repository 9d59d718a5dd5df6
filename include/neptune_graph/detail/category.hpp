// One Boost.System error category per error-code enum of the library, from
// the enum's name, id and words.
#ifndef NEPTUNE_GRAPH_DETAIL_CATEGORY_HPP
#define NEPTUNE_GRAPH_DETAIL_CATEGORY_HPP

#include <boost/system/error_category.hpp>

#include <string>

namespace neptune_graph {
namespace detail {

/** What a category says of the enum `Errc`, specialized beside it:
    `static constexpr char const* name`, `static constexpr unsigned long long
    id` (0: none) and `static char const* message(Errc) noexcept`. */
template <class Errc>
struct category_of;

// Boost's error_category has a protected, non-virtual destructor on purpose
// (categories live in statics); g++'s -Wnon-virtual-dtor warns at every class
// derived from it all the same.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
#endif
template <class Errc>
class basic_category final : public boost::system::error_category
{
    using info = category_of<Errc>;

public:
    constexpr basic_category() noexcept : boost::system::error_category(info::id) {}
    char const* name() const noexcept override { return info::name; }
    std::string message(int ev) const override { return info::message(static_cast<Errc>(ev)); }
};
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

/// The one instance of the category of `Errc`.
template <class Errc>
boost::system::error_category const& category() noexcept
{
    static basic_category<Errc> const cat;
    return cat;
}

} // namespace detail
} // namespace neptune_graph

#endif
