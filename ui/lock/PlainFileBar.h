#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace teren {

// The bar across the top of the main window while the open file is not encrypted:
// it says so, and Encrypt… starts encrypting it.
class PlainFileBar : public QFrame
{
    Q_OBJECT

public:
    explicit PlainFileBar(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *encryptButton() const { return m_encrypt; }

Q_SIGNALS:
    void encryptRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QPushButton *m_encrypt;
};

} // namespace teren
