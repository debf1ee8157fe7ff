#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace teren {

// Help → About Terén: this Terén's version, its licence (GPL-3.0-or-later, without
// warranty), the versions of Qt, SQLite and libsodium it runs on, and the way to the
// user guide (guideRequested(); the main window opens the guide).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

Q_SIGNALS:
    void guideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_licence;
    QLabel *m_libraries;
    QPushButton *m_guide;
    QPushButton *m_close;
};

} // namespace teren
