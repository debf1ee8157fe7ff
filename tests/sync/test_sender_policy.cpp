// Whether a bundle may be imported, judged from its header and what the importer
// knows, without a database: one case per rule, in the order the rules apply.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "sync/SenderPolicy.h"

using namespace teren;
using Reason = BundleError::Reason;

namespace {

const QUuid here = QUuid::fromString(QStringLiteral("{00000000-0000-7000-8000-000000000001}"));
const QUuid cheb = QUuid::fromString(QStringLiteral("{00000000-0000-7000-8000-000000000002}"));
const QByteArray chebKey(32, 'c');

BundleHeader fromCheb(BundleKind kind = BundleKind::Changes)
{
    BundleHeader header;
    header.kind = kind;
    header.sender = cheb;
    header.senderKey = chebKey;
    header.senderName = QStringLiteral("Cheb");
    header.sequence = 1;
    return header;
}

SenderFacts known()
{
    SenderFacts facts;
    facts.ownReplica = here;
    facts.knownKey = chebKey;
    return facts;
}

SenderFacts unknown()
{
    SenderFacts facts = known();
    facts.knownKey.clear();
    return facts;
}

Reason refusal(const SenderVerdict &verdict)
{
    REQUIRE(verdict.refusal);
    return verdict.refusal->reason();
}

} // namespace

TEST_CASE("A bundle from a known sender, for this installation or anyone, is accepted as it is", "[sync][policy]")
{
    BundleHeader header = fromCheb();
    for (const QUuid &recipient : {QUuid(), here}) {
        header.recipient = recipient;
        const SenderVerdict verdict = SenderPolicy::judge(header, known());
        CHECK_FALSE(verdict.refusal);
        CHECK_FALSE(verdict.newSender);
        CHECK_FALSE(verdict.enrolled);
    }
}

TEST_CASE("Enrolment bundles are joined with, and statistical bundles go only into a statistical database",
          "[sync][policy]")
{
    CHECK(refusal(SenderPolicy::judge(fromCheb(BundleKind::Enrolment), known())) == Reason::NotABundle);
    CHECK(refusal(SenderPolicy::judge(fromCheb(BundleKind::StatisticalSnapshot), known())) == Reason::NotABundle);
    SenderFacts statistical = known();
    statistical.statisticalDatabase = true;
    CHECK_FALSE(SenderPolicy::judge(fromCheb(BundleKind::StatisticalSnapshot), statistical).refusal);
    // A statistical database takes nothing else: no laptop's changes, and no
    // statistical bundle of earlier versions, which carried the change log.
    CHECK(SenderPolicy::judge(fromCheb(BundleKind::Changes), statistical).refusal->message().contains(
        QStringLiteral("takes only statistical bundles")));
    CHECK(SenderPolicy::judge(fromCheb(BundleKind::Statistical), statistical).refusal->message().contains(
        QStringLiteral("earlier version of Terén")));
    CHECK(refusal(SenderPolicy::judge(fromCheb(BundleKind::Statistical), known())) == Reason::NotABundle);
}

TEST_CASE("A bundle from this installation or for another one is refused", "[sync][policy]")
{
    BundleHeader own = fromCheb();
    own.sender = here;
    CHECK(refusal(SenderPolicy::judge(own, known())) == Reason::WrongRecipient);
    CHECK(SenderPolicy::judge(own, known()).refusal->message().contains(QStringLiteral("same database")));

    BundleHeader elsewhere = fromCheb();
    elsewhere.recipient = QUuid::fromString(QStringLiteral("{00000000-0000-7000-8000-000000000009}"));
    CHECK(refusal(SenderPolicy::judge(elsewhere, known())) == Reason::WrongRecipient);
}

TEST_CASE("A known sender signing with another key, or a revoked one, is refused", "[sync][policy]")
{
    BundleHeader header = fromCheb();
    header.senderKey = QByteArray(32, 'x');
    CHECK(refusal(SenderPolicy::judge(header, known())) == Reason::Tampered);

    SenderFacts revoked = known();
    revoked.revokedOn = QDate(2026, 10, 1);
    const SenderVerdict verdict = SenderPolicy::judge(fromCheb(), revoked);
    CHECK(refusal(verdict) == Reason::UnknownSender);
    CHECK(verdict.refusal->message().contains(QStringLiteral("revoked")));
}

TEST_CASE("A new sender is accepted when the user accepts new senders or it proves an enrolment",
          "[sync][policy]")
{
    CHECK(refusal(SenderPolicy::judge(fromCheb(), unknown())) == Reason::UnknownSender);

    SenderFacts accepting = unknown();
    accepting.acceptNewSenders = true;
    SenderVerdict verdict = SenderPolicy::judge(fromCheb(), accepting);
    CHECK_FALSE(verdict.refusal);
    CHECK(verdict.newSender);
    CHECK_FALSE(verdict.enrolled);

    SenderFacts enrolled = unknown();
    enrolled.claim = EnrolmentClaim::Proven;
    verdict = SenderPolicy::judge(fromCheb(), enrolled);
    CHECK_FALSE(verdict.refusal);
    CHECK(verdict.newSender);
    CHECK(verdict.enrolled);
}

TEST_CASE("A false or second-hand enrolment claim is refused even when new senders are accepted", "[sync][policy]")
{
    SenderFacts facts = unknown();
    facts.acceptNewSenders = true;
    facts.claimedWorker = QStringLiteral("Jana Dvořáková");
    facts.claim = EnrolmentClaim::Unproven;
    SenderVerdict verdict = SenderPolicy::judge(fromCheb(), facts);
    CHECK(refusal(verdict) == Reason::Tampered);
    CHECK(verdict.refusal->message().contains(QStringLiteral("Jana Dvořáková")));

    facts.claim = EnrolmentClaim::UsedElsewhere;
    verdict = SenderPolicy::judge(fromCheb(), facts);
    CHECK(refusal(verdict) == Reason::UnknownSender);
    CHECK(verdict.refusal->message().contains(QStringLiteral("another installation")));

    // The claim is only looked at for a sender this file does not know.
    SenderFacts knownSender = known();
    knownSender.claim = EnrolmentClaim::Unproven;
    CHECK_FALSE(SenderPolicy::judge(fromCheb(), knownSender).refusal);
}

TEST_CASE("The kind of bundle is judged before who sent it", "[sync][policy]")
{
    BundleHeader header = fromCheb(BundleKind::Enrolment);
    header.sender = here;
    header.senderKey = QByteArray(32, 'x');
    CHECK(refusal(SenderPolicy::judge(header, unknown())) == Reason::NotABundle);
}
