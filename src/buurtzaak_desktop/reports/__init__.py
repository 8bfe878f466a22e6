"""Printed and exported reports (PDF with ReportLab, xlsx with openpyxl). No Qt."""
