#pragma once

#include "store/ClockCheck.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace teren {

// The bar across the top of the main window when this computer's clock looks wrong
// for the file just opened (ClockCheck): what is wrong and what to do. Close hides it
// until the next file opens.
class ClockWarningBar : public QFrame
{
    Q_OBJECT

public:
    explicit ClockWarningBar(QWidget *parent = nullptr);

    // Shown when the check found something, hidden when not.
    void showCheck(const ClockCheck &check);
    QString text() const;
    QPushButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ClockCheck m_check;
    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace teren
