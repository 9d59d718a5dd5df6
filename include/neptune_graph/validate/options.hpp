// Options of validate().
#ifndef NEPTUNE_GRAPH_VALIDATE_OPTIONS_HPP
#define NEPTUNE_GRAPH_VALIDATE_OPTIONS_HPP

namespace neptune_graph {

/// How `validate` judges.
struct validate_options
{
    /** Also refuse what a lenient reader keeps: enum values no enumerator
        names and union members this model does not know. Off by default:
        both are how a newer service talks to an older client. A server
        checking its own input turns it on. */
    bool strict = false;
};

} // namespace neptune_graph

#endif
