#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace teren {

// A bundle file's path with a "Choose…" button beside it: a file to write (the name
// gets the .teren extension) or one to open, as the export, enrolment and join
// dialogs ask for it.
class BundleFileEdit : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Save, Open };

    BundleFileEdit(Mode mode, QWidget *parent = nullptr);

    // The file dialog's title, in the current language (the owner retranslates it).
    void setDialogTitle(const QString &title) { m_title = title; }
    QString path() const; // trimmed; empty when nothing was chosen
    void setPath(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void retranslate();

    Mode m_mode;
    QString m_title;
    QLineEdit *m_path;
    QPushButton *m_choose;
};

} // namespace teren
