#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace teren {

// The first thing a new user sees: a coordinator sets up a new region, a worker's
// laptop joins one with the enrolment bundle from the coordinator; or open a file,
// or look around in the demo region.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { SetUpRegion = 10, JoinRegion, OpenExisting, ExploreDemo };

    explicit WelcomeDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_setUp;
    QPushButton *m_join;
    QPushButton *m_open;
    QPushButton *m_demo;
};

} // namespace teren
