// The RFC 4180 reader on any bytes, the way the importer hands it a file.

#include "FuzzSupport.h"
#include "io/CsvReader.h"

#include <cstdio>
#include <cstdlib>

using namespace teren;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvReader::Result result = CsvReader::parse(fuzz::view(data, size));
    // What the importer relies on: records in order of their lines, an error with
    // the line it stopped at.
    int line = 0;
    for (const CsvRecord &record : result.records) {
        if (record.line <= line) {
            std::fprintf(stderr, "record on line %d after one on line %d\n", record.line, line);
            std::abort();
        }
        line = record.line;
    }
    if (!result.ok() && result.errorLine < 1) {
        std::fprintf(stderr, "error without a line: %s\n", qPrintable(result.error));
        std::abort();
    }
    return 0;
}
