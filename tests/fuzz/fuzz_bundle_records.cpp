// The merge of a bundle's records, from the plaintext a chunk decrypts to: the CBOR
// sequence is split into records, each decoded into a change and merged. A mutated
// bundle never gets past its signature and authentication, so the input goes in
// behind them (BundleMerge::mergePlaintext).
//
// The first byte picks the database: even, a small demo region's file with the rules
// of who may change what off (the changes meet rows that exist); odd, a coordinator's
// new region with the rules on. Both are made once; each merge runs in a transaction
// that is rolled back, so every input meets the same files.

#include "FuzzSupport.h"
#include "domain/Error.h"
#include "store/Store.h"
#include "sync/BundleMerge.h"

#include <memory>

using namespace teren;

namespace {

// The seed the demo corpus (fuzz_corpus) was exported from, so its changes meet rows
// that are there.
constexpr quint64 demoSeed = 1;
constexpr int demoClients = 3;

Store *demoStore = nullptr;
Store *regionStore = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    demoStore =
        fuzz::demoFile(fuzz::scratchFolder() + QStringLiteral("/demo.sqlite"), demoClients, demoSeed).release();
    regionStore = fuzz::regionFile(fuzz::scratchFolder() + QStringLiteral("/region.sqlite")).release();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    Store &store = (data[0] & 1) ? *regionStore : *demoStore;
    {
        Transaction transaction(store.database());
        try {
            (void)BundleMerge::mergePlaintext(store, fuzz::view(data + 1, size - 1));
        } catch (const Error &) {
            // Refused, as an import refuses the whole bundle.
        }
    }
    // What the rolled-back merge may have cached about the rules and the codelists.
    store.reloadAuthorization();
    store.reloadCodelists();
    return 0;
}
