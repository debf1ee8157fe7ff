#pragma once

#include "changes/History.h"

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <QUuid>

#include <functional>
#include <memory>

namespace teren {

class Store;

// The open database as the widgets see it: the Store, and an undo stack on which
// every edit is a command. An edit is stored at once in its own transaction (there
// is no Save button); a rule it breaks comes back as an EditResult so the form can
// show the message beside the field.
class CaseSession : public QObject
{
    Q_OBJECT

public:
    struct EditResult
    {
        bool ok = true;
        QString message; // translated
        QString field;   // the column the message is about, when known
        explicit operator bool() const { return ok; }
    };

    explicit CaseSession(std::unique_ptr<Store> store, QObject *parent = nullptr);
    ~CaseSession() override;

    Store &store() { return *m_store; }
    QUndoStack *undoStack() { return &m_undo; }

    // Runs `action` as one undoable edit named `text` (shown as "Undo <text>").
    // `clientId` is the client whose card the edit changes; taken by value, as the
    // edit may change the list it came from.
    EditResult edit(const QString &text, QUuid clientId, const std::function<void()> &action);
    // Like edit(), for actions without a form: a broken rule is reported via failed().
    bool editOrReport(const QString &text, QUuid clientId, const std::function<void()> &action);

Q_SIGNALS:
    // The data of this client changed (an edit, an undo or a redo). The id travels by
    // value: slots reload lists and models, and a reference into one of them (the
    // emitter's) would dangle for the slots after.
    void clientChanged(QUuid clientId);
    // An undo or redo could not be stored (a full disk, say); see SessionCommand.
    void failed(QString message);

private:
    std::unique_ptr<Store> m_store;
    QUndoStack m_undo;
};

} // namespace teren
