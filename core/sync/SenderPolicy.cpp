#include "SenderPolicy.h"
#include "i18n/Dates.h"

#include <QLocale>

namespace teren {

namespace {

SenderVerdict refuse(BundleError::Reason reason, const QString &message)
{
    return {BundleError(reason, message)};
}

} // namespace

SenderVerdict SenderPolicy::judge(const BundleHeader &header, const SenderFacts &facts)
{
    using Reason = BundleError::Reason;
    if (header.kind == BundleKind::Enrolment)
        return refuse(Reason::NotABundle, tr("This is an enrolment bundle: a new installation joins the region with it "
                                             "(teren-cli enrol), it is not imported."));
    if (header.kind == BundleKind::Statistical)
        return refuse(Reason::NotABundle,
                      tr("This statistical bundle was written by an earlier version of Terén, as changes rather than "
                         "a snapshot of the region; export a new statistical bundle and import that."));
    if (header.kind == BundleKind::StatisticalSnapshot && !facts.statisticalDatabase)
        return refuse(Reason::NotABundle,
                      tr("This is a statistical bundle, without names or free text: it goes into a statistical "
                         "database (teren-cli init --statistical), not into this one."));
    if (header.kind != BundleKind::StatisticalSnapshot && facts.statisticalDatabase)
        return refuse(Reason::NotABundle,
                      tr("This is a statistical database: it takes only statistical bundles (teren-cli export "
                         "--statistical), which replace their region's figures, not a laptop's changes."));
    if (header.sequence < 1 || header.sequence > BundleHeader::maxSequence)
        return refuse(Reason::Tampered,
                      tr("The bundle from \"%1\" is numbered %2, outside the numbers Terén gives bundles (1 to %3); "
                         "it was not written by Terén and is not imported.")
                          .arg(header.senderName)
                          .arg(header.sequence)
                          .arg(BundleHeader::maxSequence));
    if (header.sender == facts.ownReplica)
        return refuse(Reason::WrongRecipient, tr("This bundle was exported from this same database."));
    if (!header.recipient.isNull() && header.recipient != facts.ownReplica)
        return refuse(Reason::WrongRecipient, tr("This bundle is addressed to another installation."));
    if (!facts.knownKey.isEmpty() && facts.knownKey != header.senderKey)
        return refuse(Reason::Tampered,
                      tr("The bundle claims to come from \"%1\" but is signed with another key; it cannot be "
                         "trusted.")
                          .arg(header.senderName));
    if (facts.revokedOn.isValid())
        return refuse(Reason::UnknownSender,
                      tr("Bundles from \"%1\" are no longer accepted: its key was revoked on %2 (a lost or replaced "
                         "laptop). If it is in safe hands again, trust its identity file anew.")
                          .arg(header.senderName, Dates::shortDate(facts.revokedOn)));
    if (!facts.knownKey.isEmpty())
        return {};
    if (facts.successorClaimed) {
        if (!facts.successorProven)
            return refuse(Reason::Tampered,
                          tr("The bundle claims to continue the installation \"%1\" (a restored file) but that "
                             "installation's key did not sign the claim; it cannot be trusted.")
                              .arg(facts.replacedName));
        return {std::nullopt, true, false, true};
    }
    switch (facts.claim) {
    case EnrolmentClaim::Unproven:
        return refuse(Reason::Tampered,
                      tr("The bundle claims the enrolment of %1 but cannot prove it; it cannot be trusted.")
                          .arg(facts.claimedWorker));
    case EnrolmentClaim::UsedElsewhere:
        return refuse(Reason::UnknownSender,
                      tr("The enrolment of %1 was already used by another installation. If the worker has a new "
                         "laptop, issue a new enrolment.")
                          .arg(facts.claimedWorker));
    case EnrolmentClaim::Proven:
        return {std::nullopt, true, true};
    case EnrolmentClaim::None:
        break;
    }
    if (!facts.acceptNewSenders)
        return refuse(Reason::UnknownSender,
                      tr("The bundle comes from \"%1\", an installation this database does not know yet. Trust its "
                         "key first, or accept new senders when importing.")
                          .arg(header.senderName));
    return {std::nullopt, true, false};
}

} // namespace teren
