// The bundle reader's first steps on any bytes: the prefix, the CBOR header, the
// walk over the chunk lengths and the signature check. Nothing is decrypted: a
// mutated bundle never carries a valid signature (fuzz_bundle_records goes on from
// the decrypted records).

#include "FuzzSupport.h"
#include "sync/Bundle.h"

#include <QBuffer>

using namespace teren;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzz::view(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    try {
        BundleReader reader(device);
        // Only a bundle that was signed as it is gets here.
        (void)reader.needsPassphrase();
    } catch (const BundleError &) {
    }
    return 0;
}
