// The model's string enums, described so the codec can name their values.
#ifndef NEPTUNE_GRAPH_SERVICE_ENUMS_HPP
#define NEPTUNE_GRAPH_SERVICE_ENUMS_HPP

#include <neptune_graph/model/open_enum.hpp>

#include <boost/describe/enum.hpp>

namespace neptune_graph {

// Enumerator names are the wire strings, so the codec needs no name table.

/// Format of the data to import.
enum class Format { CSV, OPEN_CYPHER, PARQUET, NTRIPLES };
BOOST_DESCRIBE_ENUM(Format, CSV, OPEN_CYPHER, PARQUET, NTRIPLES)

/// Layout of Parquet input.
enum class ParquetType { COLUMNAR };
BOOST_DESCRIBE_ENUM(ParquetType, COLUMNAR)

/// Lifecycle of an import task.
enum class ImportTaskStatus {
    INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING, REPROVISIONING,
    ROLLING_BACK, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED
};
BOOST_DESCRIBE_ENUM(ImportTaskStatus,
    INITIALIZING, EXPORTING, ANALYZING_DATA, IMPORTING, REPROVISIONING,
    ROLLING_BACK, SUCCEEDED, FAILED, CANCELLING, CANCELLED, DELETED)

/// Why a request failed validation.
enum class ValidationExceptionReason {
    CONSTRAINT_VIOLATION, ILLEGAL_ARGUMENT, MALFORMED_QUERY, QUERY_CANCELLED,
    QUERY_TOO_LARGE, UNSUPPORTED_OPERATION, BAD_REQUEST
};
BOOST_DESCRIBE_ENUM(ValidationExceptionReason,
    CONSTRAINT_VIOLATION, ILLEGAL_ARGUMENT, MALFORMED_QUERY, QUERY_CANCELLED,
    QUERY_TOO_LARGE, UNSUPPORTED_OPERATION, BAD_REQUEST)

/// Why a request conflicted with the resource's state.
enum class ConflictExceptionReason { CONCURRENT_MODIFICATION };
BOOST_DESCRIBE_ENUM(ConflictExceptionReason, CONCURRENT_MODIFICATION)

} // namespace neptune_graph

#endif
