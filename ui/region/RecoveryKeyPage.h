#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace teren {

// The last page of a new region's set-up: the organisation's recovery key, shown
// this once, with Print… and a box the coordinator ticks to say it is kept offline.
// The wizard cannot be finished before the box is ticked.
class RecoveryKeyPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RecoveryKeyPage(QWidget *parent = nullptr);

    void setKey(const QString &key, const QString &regionName, const QString &file);
    QString key() const { return m_key; }
    // The key on a page of paper, with what it opens and what it is for.
    void printTo(QPrinter *printer) const;

    QCheckBox *keptBox() const { return m_kept; }
    QPushButton *printButton() const { return m_print; }

    bool isComplete() const override;
    void retranslate();

private:
    void print();

    QString m_key;
    QString m_regionName;
    QString m_file;
    QLabel *m_intro;
    QLabel *m_keyLabel;
    QPushButton *m_print;
    QCheckBox *m_kept;
};

} // namespace teren
