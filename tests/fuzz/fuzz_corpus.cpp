// Writes the seed corpora of the fuzz targets into a folder (tests/fuzz/corpus), from
// files Terén itself makes: bundles of a new region, the records of a small demo
// region's bundles, a small database, and the CSV files of an onboarding folder.
// Deterministic but for the keys and nonces in the bundles.
//
//   fuzz_corpus FOLDER

#include "FuzzSupport.h"
#include "domain/Error.h"
#include "store/Store.h"
#include "sync/Bundle.h"
#include "sync/Exporter.h"

#include <QCborValue>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <vector>

using namespace teren;

namespace {

// What fuzz_bundle_records merges into (its demoSeed and demoClients), and another
// demo whose rows that file does not have.
constexpr quint64 knownDemoSeed = 1;
constexpr quint64 otherDemoSeed = 2;
constexpr int demoClients = 3;

const QByteArray bundlePassphrase = QByteArrayLiteral("korpus-pro-fuzzing-1");

QString folder;

void write(const QString &name, const QByteArray &content)
{
    const QString path = folder + u'/' + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    fuzz::writeFile(path, content);
    std::printf("%s (%lld bytes)\n", qPrintable(name), static_cast<long long>(content.size()));
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray exportBundle(Store &store, const QString &path, const ExportOptions &options)
{
    Exporter(store).exportTo(path, options);
    return fileBytes(path);
}

ExportOptions passphraseExport()
{
    ExportOptions options;
    options.everything = true;
    options.lock.passphrase = bundlePassphrase;
    options.lock.fastKdfForTests = true;
    return options;
}

// Every record of a passphrase bundle, each as CBOR.
std::vector<QByteArray> recordsOf(const QString &bundlePath)
{
    QFile file(bundlePath);
    file.open(QIODevice::ReadOnly);
    BundleReader reader(file);
    BundleKey key;
    key.passphrase = bundlePassphrase;
    reader.unlock(key);
    std::vector<QByteArray> records;
    while (const std::optional<QCborMap> record = reader.next())
        records.push_back(record->toCborValue().toCbor());
    return records;
}

// A few runs of consecutive records spread over the bundle, each one plaintext seed
// headed by the byte that picks fuzz_bundle_records' database.
void writeRecordSeeds(const QString &name, const std::vector<QByteArray> &records, char database)
{
    constexpr std::size_t perSeed = 12;
    constexpr std::size_t seeds = 8;
    const std::size_t stride = std::max<std::size_t>(perSeed, records.size() / seeds);
    for (std::size_t first = 0, n = 0; first < records.size() && n < seeds; first += stride, ++n) {
        QByteArray plaintext(1, database);
        for (std::size_t i = first; i < std::min(records.size(), first + perSeed); ++i)
            plaintext += records[i];
        write(QStringLiteral("fuzz_bundle_records/%1-%2.cbor").arg(name).arg(n), plaintext);
    }
}

// The file with 512-byte pages and no journal beside it, so the seed stays small.
QByteArray compactDatabase(const QString &path)
{
    {
        Database db(path);
        db.execScript(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM"));
    }
    return fileBytes(path);
}

QByteArray utf8(const char8_t *text)
{
    return QByteArray(reinterpret_cast<const char *>(text));
}

// An onboarding folder as the importer's tests have it: every file, quoted fields,
// Czech text, CRLF in one file and a byte-order mark in another.
const QList<QPair<QString, QByteArray>> &csvFiles()
{
    static const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("localities"),
         utf8(u8"code,name,municipality,district\r\n"
              u8"LOC1,\"Chanov, sídliště\",Most,Most\r\n"
              u8"LOC2,Předlice,Ústí nad Labem,Ústí nad Labem\r\n")},
        {QStringLiteral("clients"),
         utf8(u8"\xEF\xBB\xBF"
              u8"client_ref,given_name,family_name,birth_year,gender,locality_code,household_ref\n"
              u8"C1,Jiří,Horváth,1985,m,LOC1,H1\n"
              u8"C2,Žaneta,\"Dančová, ml.\",1990,f,LOC1,H1\n"
              u8"C3,Pavel,Kováč,,,LOC2,\n")},
        {QStringLiteral("cooperations"),
         utf8(u8"client_ref,start,end,end_reason\n"
              u8"C1,2025-01-10,,\n"
              u8"C2,2024-03-01,2025-06-30,goals_met\n")},
        {QStringLiteral("needs"),
         utf8(u8"need_ref,client_ref,area,intensity,priority,identified_on,status,closed_on,outcome\n"
              u8"N1,C1,debts,3,2,2025-01-10,open,,\n"
              u8"N2,C1,employment,2,1,2025-01-10,in_progress,,\n"
              u8"N3,C1,housing,1,,2025-01-15,open,,\n"
              u8"N4,C2,employment,2,,2024-03-01,resolved,2025-05-01,job_permanent\n")},
        {QStringLiteral("goals"),
         utf8(u8"goal_ref,need_ref,text,horizon,target_date,status,achieved_on\n"
              u8"G1,N1,\"Sjednat splátkový kalendář, do konce roku\",short,2025-12-31,open,\n"
              u8"G2,N4,Najít práci,medium,,achieved,2025-05-01\n")},
        {QStringLiteral("steps"),
         utf8(u8"goal_ref,text,responsible,due_date,done_on\n"
              u8"G1,Zajít na exekutorský úřad,client,2025-02-01,\n"
              u8"G1,\"Domluvit schůzku s \"\"dluhovou poradnou\"\"\",worker,,2025-01-20\n")},
        {QStringLiteral("contacts"),
         utf8(u8"client_ref,date,minutes,place,interventions,need_refs,note\n"
              u8"C1,2025-01-10,60,field,counselling;paperwork,N1;N2,\"První schůzka,\n"
              u8"domluveno další setkání\"\n"
              u8"C2,2024-03-01,30,office,counselling,,\n")},
    };
    return files;
}

void writeCsvSeeds()
{
    QList<QByteArray> folderParts;
    for (const auto &[name, content] : csvFiles()) {
        write(QStringLiteral("fuzz_csv_reader/%1.csv").arg(name), content);
        folderParts.append(content);
    }
    // fuzz_csv_import's folder: the files in the importer's order, split at form feeds.
    write(QStringLiteral("fuzz_csv_import/all.txt"), folderParts.join('\f'));
    write(QStringLiteral("fuzz_csv_import/people.txt"), folderParts.mid(0, 2).join('\f'));
    write(QStringLiteral("fuzz_csv_import/contacts_only.txt"),
          QByteArray("\f\f\f\f\f\f") + folderParts.last());
}

} // namespace

int main(int argc, char **argv)
{
    fuzz::initialise(&argc, &argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_corpus FOLDER\n");
        return 2;
    }
    folder = QString::fromLocal8Bit(argv[1]);
    const QString work = fuzz::scratchFolder();
    try {
        // A new region's bundles, one sealed to an installation and one under a passphrase.
        std::unique_ptr<Store> region = fuzz::regionFile(work + QStringLiteral("/region.sqlite"));
        ExportOptions sealed;
        sealed.everything = true;
        sealed.recipient = QUuid::fromString(QStringLiteral("{5b0c3f0e-8d2a-4c61-9f3e-2a7d1c4b6e90}"));
        sealed.lock.recipientPublicKey = ReplicaKeys::generate().publicKey;
        write(QStringLiteral("fuzz_bundle_header/sealed.bundle"),
              exportBundle(*region, work + QStringLiteral("/sealed.bundle"), sealed));
        const QString regionBundle = work + QStringLiteral("/region.bundle");
        write(QStringLiteral("fuzz_bundle_header/passphrase.bundle"),
              exportBundle(*region, regionBundle, passphraseExport()));
        writeRecordSeeds(QStringLiteral("region"), recordsOf(regionBundle), '\x01');

        for (const quint64 seed : {knownDemoSeed, otherDemoSeed}) {
            const QString path = work + QStringLiteral("/demo%1.sqlite").arg(seed);
            const QString bundle = work + QStringLiteral("/demo%1.bundle").arg(seed);
            exportBundle(*fuzz::demoFile(path, demoClients, seed), bundle, passphraseExport());
            writeRecordSeeds(QStringLiteral("demo%1").arg(seed), recordsOf(bundle), '\0');
        }

        region.reset();
        write(QStringLiteral("fuzz_database_open/region.sqlite"),
              compactDatabase(work + QStringLiteral("/region.sqlite")));
        writeCsvSeeds();
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    return 0;
}
