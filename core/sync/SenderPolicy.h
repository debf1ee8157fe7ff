#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QUuid>

#include <optional>

namespace teren {

// What a bundle's header claims about an enrolment issued by this file's
// coordinator (Enrolment::checkClaim).
enum class EnrolmentClaim {
    None,           // no claim, or one this file did not issue
    Proven,         // the sender holds the secret of an enrolment issued here
    Unproven,       // claims an enrolment issued here but cannot prove it
    UsedElsewhere,  // proven, but another installation bound that enrolment first
};

// What the importer knows of a bundle's sender before reading any record.
struct SenderFacts
{
    QUuid ownReplica;
    bool statisticalDatabase = false;
    bool acceptNewSenders = false;
    QByteArray knownKey; // pinned here; empty for a sender this file does not know
    QDate revokedOn;     // valid when the sender's key was revoked
    EnrolmentClaim claim = EnrolmentClaim::None; // looked at for a sender not known yet
    // A sender not known yet that claims to continue an installation (Reinstallation):
    // whether the claim is signed by the key pinned here for that installation, and
    // whether that key was revoked.
    bool successorClaimed = false;
    bool successorProven = false;
    QString replacedName;
    QString claimedWorker; // the name of the worker the claim names
};

struct SenderVerdict
{
    std::optional<BundleError> refusal; // set when the bundle is refused
    bool newSender = false; // pin the sender's key once its bundle is imported
    bool enrolled = false;  // and bind the enrolment it proved to it
    bool successor = false; // and let it continue the installation it replaces
};

// Whether a bundle may be imported, from its header and the facts alone: no
// database, no file, so every rule is tested on its own and every refusal has one
// clear, translated message. Checked in this order: the kind of bundle, its number,
// who sent it and to whom, its key against the pinned one, a revoked key, then a sender new here
// (accepted when it proves an enrolment issued here, or when the user accepts new
// senders).
class SenderPolicy
{
    Q_DECLARE_TR_FUNCTIONS(SenderPolicy)

public:
    static SenderVerdict judge(const BundleHeader &header, const SenderFacts &facts);
};

} // namespace teren
