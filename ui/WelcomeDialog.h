#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace teren {

// The first thing a new user sees: start a database, open one, or look around in
// the demo region.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { CreateNew = 10, OpenExisting, ExploreDemo };

    explicit WelcomeDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_create;
    QPushButton *m_open;
    QPushButton *m_demo;
};

} // namespace teren
