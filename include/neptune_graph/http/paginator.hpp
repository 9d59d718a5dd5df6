// Pages of a paginated operation, fetched one by one over any transport the caller supplies.
#ifndef NEPTUNE_GRAPH_HTTP_PAGINATOR_HPP
#define NEPTUNE_GRAPH_HTTP_PAGINATOR_HPP

#include <neptune_graph/detail/path.hpp>
#include <neptune_graph/detail/quote.hpp>
#include <neptune_graph/http/binding.hpp>
#include <neptune_graph/http/error.hpp>
#include <neptune_graph/http/fwd.hpp>
#include <neptune_graph/http/request.hpp>
#include <neptune_graph/http/service_error.hpp>
#ifndef NEPTUNE_GRAPH_SEPARATE_COMPILATION
#include <neptune_graph/http/make_request.hpp>
#include <neptune_graph/http/parse_response.hpp>
#endif

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <type_traits>
#include <unordered_set>
#include <utility>

namespace neptune_graph {

/** The pages of `Op` (an operation trait with a `pagination` member naming
    `input_token`, `output_token` and `items` as member pointers), fetched with
    `send`: any callable `http_response(http_request const&)`.

    Each page is an `operation_result<Op>`. The pages end after a page without
    a next token (absent or empty), or after the first error. A service that
    hands back a token it was already given would loop for ever: that page is
    still delivered, then one last error `http_errc::repeated_token`.

    @code
    auto pages = paginate<ListItems>(send, ListItemsInput{});
    for(auto const& page : pages)
    {
        if(!page)
            return report(page.error());
        for(auto const& item : page->items)
            use(item);
    }
    @endcode

    Exceptions thrown by `send` propagate. No request is sent before the
    first page is asked for.
*/
template <class Op, class Send>
class paginator
{
public:
    using input = typename Op::input;
    using output = typename Op::output;
    using page_type = operation_result<Op>;
    using pagination = typename Op::pagination;

    paginator(Send send, input first) : send_(std::move(send)), next_input_(std::move(first))
    {
        if(auto const& t = next_input_.*pagination::input_token; t && !t->empty())
            seen_.insert(*t);
    }

    /// The next page, or nothing when the pages have ended.
    std::optional<page_type> next()
    {
        if(done_)
            return std::nullopt;
        if(pending_)
        {
            done_ = true;
            return std::exchange(pending_, std::nullopt);
        }
        auto request = make_request<Op>(next_input_);
        if(!request)
        {
            done_ = true;
            return page_type(typename Op::error_type(0, std::move(request).error()));
        }
        http_response response = send_(static_cast<http_request const&>(*request));
        page_type page = parse_response<Op>(response);
        if(!page)
        {
            done_ = true;
            return page;
        }
        auto const& token = (*page).*pagination::output_token;
        if(!token || token->empty())
            done_ = true;
        else if(!seen_.insert(*token).second)
            pending_ = page_type(typename Op::error_type(response.status, repeated(*token)));
        else
            next_input_.*pagination::input_token = *token;
        ++pages_;
        return page;
    }

    /// Pages received so far.
    std::size_t pages() const noexcept { return pages_; }

    /// An input iterator over the remaining pages (single pass).
    class iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = page_type;
        using difference_type = std::ptrdiff_t;
        using pointer = page_type const*;
        using reference = page_type const&;

        iterator() = default;
        explicit iterator(paginator* p) : p_(p) { ++*this; }

        reference operator*() const { return *current_; }
        pointer operator->() const { return &*current_; }
        iterator& operator++()
        {
            current_ = p_->next();
            if(!current_)
                p_ = nullptr;
            return *this;
        }
        void operator++(int) { ++*this; }
        friend bool operator==(iterator const& a, iterator const& b) noexcept { return a.p_ == b.p_; }
        friend bool operator!=(iterator const& a, iterator const& b) noexcept { return a.p_ != b.p_; }

    private:
        paginator* p_ = nullptr;
        std::optional<page_type> current_;
    };

    iterator begin() { return iterator(this); }
    iterator end() { return iterator(); }

private:
    static error repeated(std::string const& token)
    {
        error e;
        e.code = http_errc::repeated_token;
        e.path = "$";
        detail::append_key_segment(e.path, detail::member_name(pagination::output_token));
        e.message = "the service returned the pagination token " + detail::quoted(token, 64) +
                    " a second time; stopping, as the pages would repeat for ever";
        return e;
    }

    Send send_;
    input next_input_;
    std::unordered_set<std::string> seen_;
    std::optional<page_type> pending_;
    std::size_t pages_ = 0;
    bool done_ = false;
};

/// The pages of `Op` starting at `first` (see `paginator`).
template <class Op, class Send>
paginator<Op, std::decay_t<Send>> paginate(Send&& send, typename Op::input first)
{
    return paginator<Op, std::decay_t<Send>>(std::forward<Send>(send), std::move(first));
}

} // namespace neptune_graph

#endif
