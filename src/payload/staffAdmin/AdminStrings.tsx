'use client'
import { type ReactNode, useEffect } from 'react'

/**
 * English that Payload's editor (Lexical) and its toast library hard-code, with no translation
 * key to override: the drag and add handles of the rich-text editor, its table and link
 * buttons, and the notification region.
 */
export const HARD_CODED_ENGLISH: Record<string, string> = {
  'Drag to move': '拖动可调整段落位置',
  'Add block': '添加段落或内容块',
  'Add Column': '添加列',
  'Add Row': '添加行',
  'Insert Paragraph': '插入段落',
  'Edit link': '编辑链接',
  'Remove link': '删除链接',
  'Notifications alt+T': '系统提示(按 Alt+T 查看)',
  'Close toast': '关闭提示',
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder']

const translate = (element: Element) => {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name)
    if (value && HARD_CODED_ENGLISH[value]) element.setAttribute(name, HARD_CODED_ENGLISH[value])
  }
  // Payload's checkbox puts its field path in its tooltip (title="featured", "consent.publish"): show its label instead.
  if (element instanceof HTMLInputElement && element.type === 'checkbox' && element.title && element.title === element.name) {
    const label = element.id ? document.querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent?.replace('*', '').trim() : ''
    if (label) element.title = label
    else element.removeAttribute('title')
  }
}

const translateAll = (root: ParentNode) => {
  if (root instanceof Element) translate(root)
  root.querySelectorAll(ATTRIBUTES.map((name) => `[${name}]`).join(',')).forEach(translate)
}

/** An admin provider that puts those labels into Chinese as the elements appear. */
export const AdminStrings = ({ children }: { children?: ReactNode }) => {
  useEffect(() => {
    translateAll(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') translate(mutation.target as Element)
        else mutation.addedNodes.forEach((node) => node instanceof Element && translateAll(node))
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ATTRIBUTES })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
