#include "BundleFileEdit.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace teren {

BundleFileEdit::BundleFileEdit(Mode mode, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_path(new QLineEdit(this)), m_choose(new QPushButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(m_choose);
    // A label's buddy (and a click on it) reaches the path.
    setFocusProxy(m_path);
    connect(m_choose, &QPushButton::clicked, this, &BundleFileEdit::choose);
    retranslate();
}

QString BundleFileEdit::path() const
{
    return m_path->text().trimmed();
}

void BundleFileEdit::setPath(const QString &path)
{
    m_path->setText(path);
}

void BundleFileEdit::choose()
{
    const QString filter = tr("Terén bundles (*.teren)");
    if (m_mode == Mode::Open) {
        const QString file = QFileDialog::getOpenFileName(this, m_title, path(), filter);
        if (!file.isEmpty())
            setPath(file);
        return;
    }
    const QString file = QFileDialog::getSaveFileName(this, m_title, path(), filter);
    if (!file.isEmpty())
        setPath(file.endsWith(QStringLiteral(".teren")) ? file : file + QStringLiteral(".teren"));
}

void BundleFileEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BundleFileEdit::retranslate()
{
    m_choose->setText(tr("Choose…"));
}

} // namespace teren
